import { mount } from 'svelte';
// Only the font subsets the app draws (see fonts.css), not @fontsource's own CSS with every subset.
import './ui/fonts.css';
import App from './ui/App.svelte';
import './ui/global.css';

mount(App, { target: document.getElementById('app')! });
