/** The sample article that `npm start` serves: a typical page, read the way the popup reads it. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { readPage } from './read-page';
import { repoPath } from './shared-data';

it('reads the sample article: clean title, metadata once, figure and caption, no chrome', async () => {
  const html = readFileSync(repoPath('e2e/pages/sample/index.html'), 'utf8');
  const { result, keyPoints = [] } = await readPage(html, 'http://127.0.0.1/pages/sample/');
  expect(result.kind).toBe('article');
  if (result.kind !== 'article') return;
  const { article } = result;
  expect(article.title).toBe('Port Alder opens its first tide-powered ferry line');
  expect(article.byline).toBe('Maren Ostby');
  expect(article.siteName).toBe('The Coastal Ledger');
  expect(article.publishedTime).toBe('2026-10-02T07:30:00+00:00');
  // The byline line above the text is shown by the reader's header, not a second time in the body.
  expect(article.textContent).not.toContain('Maren Ostby');
  expect(article.content).toContain('<figcaption>');
  expect(article.content).toContain('src="http://127.0.0.1/pages/sample/harbor.svg"');
  for (const chrome of ['Subscribe', 'Most read', 'Advertisement', 'Comments', 'Share on', '12 weeks for $1']) {
    expect(article.textContent).not.toContain(chrome);
  }
  expect(keyPoints[0]?.text).toMatch(/^Port Alder on Tuesday opened a ferry line/);
});

it("collapses the runs of spaces and line breaks in the page's title", async () => {
  // Readability tidies <title> but takes og:title as it is ("Xbox One X review:  A console…").
  const html = readFileSync(repoPath('e2e/pages/sample/index.html'), 'utf8').replace(
    '</title>',
    '</title><meta property="og:title" content="Port Alder opens its first\n   tide-powered  ferry line">',
  );
  const { result } = await readPage(html, 'http://127.0.0.1/pages/sample/');
  expect(result.kind === 'article' && result.article.title).toBe('Port Alder opens its first tide-powered ferry line');
});
