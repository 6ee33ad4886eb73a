import { render } from 'preact';
import { App } from './app';

const root = document.getElementById('app');
if (root) {
  root.replaceChildren();
  const param = new URLSearchParams(location.search).get('tabId');
  render(<App tabIdParam={param !== null && /^\d+$/.test(param) ? Number(param) : null} />, root);
}
