import { mount } from 'svelte';
import { preferredLanguage } from './model/language.ts';
import App from './views/App.svelte';
import { useLanguage } from './views/language.ts';
import './views/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const language = preferredLanguage(window.location.search, navigator.languages ?? []);
void useLanguage(language).then(() => mount(App, { target }));
