import { mount } from 'svelte';
import { preferredLanguage } from './model/language.ts';
import { indexFileFor } from './model/splitTimeline.ts';
import App from './views/App.svelte';
import { useLanguage } from './views/language.ts';
import './views/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const language = preferredLanguage(window.location.search, navigator.languages ?? []);
// A Vietnamese page waits for its words before it mounts, and the app asks for its index only
// then: preload the index now, so the two downloads overlap. Not for a file of the reader's own
// (?data=, ?timelinejs=) or the offline single file, which carries its data.
const params = new URLSearchParams(window.location.search);
if (
  language === 'vi' &&
  !params.has('data') &&
  !params.has('timelinejs') &&
  !document.getElementById('timeline-data')
) {
  const preload = Object.assign(document.createElement('link'), {
    rel: 'preload',
    as: 'fetch',
    crossOrigin: 'anonymous',
    href: `data/${indexFileFor(language)}`,
  });
  document.head.append(preload);
}
void useLanguage(language).then(() => mount(App, { target }));
