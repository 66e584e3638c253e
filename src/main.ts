import { mount } from 'svelte';
import { languageInAddress, preferredLanguage, withLanguage } from './model/language.ts';
import App from './views/App.svelte';
import { useLanguage } from './views/language.ts';
import './views/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const language = preferredLanguage(window.location.search, navigator.languages ?? []);
// Vietnamese chosen by the browser goes into the address, so shared links and embeds carry it;
// English, the default, keeps a plain visit's address plain.
if (language === 'vi' && !languageInAddress(window.location.search)) {
  try {
    window.history.replaceState(null, '', withLanguage(window.location.search, language));
  } catch {
    // An address that cannot be rewritten (file://, some sandboxes): the page is Vietnamese anyway.
  }
}
void useLanguage(language).then(() => mount(App, { target }));
