import { render } from 'preact';
import { App } from './app';
import { loadArticle } from './load-article';

const param = new URLSearchParams(location.search).get('tabId');
const tabIdParam = param !== null && /^\d+$/.test(param) ? Number(param) : null;
// Start reading the page before the first render: the loading state is already in the HTML.
const firstLoad = loadArticle(tabIdParam);

const root = document.getElementById('app');
if (root) {
  root.replaceChildren();
  render(<App tabIdParam={tabIdParam} firstLoad={firstLoad} />, root);
}
