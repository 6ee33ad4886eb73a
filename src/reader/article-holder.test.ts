import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { keepArticleHolder } from './article-holder';
import { extractArticle } from './extract';

const URL = 'https://news.example/2026/11/bridge-vote';

const STORY = [
  'The harbour council voted on Tuesday to rebuild the old swing bridge, ending a dispute that had divided the town for a decade.',
  'Nine of the eleven members backed the plan, which keeps the bridge open to boats for four hours every morning.',
  'Engineers expect the work to take two years and to cost about half of what a new tunnel would have cost.',
  'Fishermen, who had opposed a fixed bridge, said the compromise let them keep their early tides.',
  'Shop owners on the east quay welcomed the vote but asked for a ferry while the bridge is closed.',
].map((text) => `<p>${text}</p>`).join('');

/** Teasers for other videos: over 500 characters, enough for Readability to take them if the story is gone. */
const TEASERS = Array.from({ length: 8 }, (_, i) =>
  `<div class="item"><p class="place">SHOW ${i}</p><h2 class="title">A programme about something else entirely, number ${i}, with a long headline</h2><a href="/v/${i}">Watch now</a></div>`).join('');

const page = (body: string) => new JSDOM(`<!doctype html><html><head><title>Bridge vote</title></head><body>${body}</body></html>`, { url: URL }).window.document;

const newsPage = (wrapper: string, article = '<article class="story">') => page(`
  <div class="top"><div class="videos-board">${TEASERS}</div></div>
  <div class="board"><div class="${wrapper}">${article}<h1>Council votes to rebuild the swing bridge</h1>
    <div class="share social-bar"><a href="/s">Share on social media, every platform you know of</a></div>${STORY}</article></div>
    <div class="col-2"><p>Weather: rain.</p></div></div>`);

const textOf = (doc: Document) => {
  const result = extractArticle(doc, { url: URL });
  return result.kind === 'article' ? result.article.textContent.replace(/\s+/g, ' ') : `(${result.kind})`;
};

describe('keepArticleHolder', () => {
  it('keeps the story when the column that holds it has a layout word in its class', () => {
    const text = textOf(newsPage('col-1 highfooter'));
    expect(text).toContain('The harbour council voted on Tuesday');
    expect(text).toContain('asked for a ferry while the bridge is closed.');
    expect(text).not.toContain('A programme about something else');
    // Inside the story, Readability's rule still applies: the share bar goes.
    expect(text).not.toContain('Share on social media');
  });

  it('is what made the difference: without it Readability reads the teasers', () => {
    const doc = newsPage('col-1 highfooter');
    const withoutHolder = newsPage('col-1 highfooter', '<div class="story">');
    expect(textOf(withoutHolder)).toContain('A programme about something else');
    expect(keepArticleHolder(doc, Array.from(doc.getElementsByTagName('article')))).toBe(1);
  });

  it('takes off only the words that look unlikely, from the ancestors only', () => {
    const doc = newsPage('col-1 highfooter sticky-header-offset');
    doc.querySelector('.col-1')!.setAttribute('role', 'complementary');
    const article = doc.querySelector('article')!;
    expect(keepArticleHolder(doc, [article])).toBe(1);
    const column = doc.querySelector('.col-1')!;
    expect(column.getAttribute('class')).toBe('col-1');
    expect(column.hasAttribute('role')).toBe(false);
    expect(doc.querySelector('.social-bar')).not.toBeNull();
    expect(article.getAttribute('class')).toBe('story');
  });

  it('keeps the story when the page put it inside an <aside>, which Readability removes whole', () => {
    const body = (holder: string) => page(`<main class="content"><${holder} class="direct-content">
      <section><header><p>${'The harbour council voted on Tuesday to rebuild the old swing bridge, ending a dispute that had divided the town for a decade.'}</p></header>
      <article class="cf">${STORY}</article></section></${holder}></main><footer><p>Weather: rain.</p></footer>`);
    expect(textOf(body('aside'))).toContain('asked for a ferry while the bridge is closed.');
    const doc = body('aside');
    // The summary above the story repeats its first paragraph: counted once, the story holds most of the text.
    expect(keepArticleHolder(doc, Array.from(doc.getElementsByTagName('article')))).toBe(1);
    expect(doc.querySelector('aside')).toBeNull();
    expect(doc.querySelector('div.direct-content article')).not.toBeNull();
  });

  it('leaves a page alone whose paragraphs are mostly elsewhere, such as a long comment thread', () => {
    const comments = Array.from({ length: 12 }, (_, i) =>
      `<article class="reply"><p>Reader ${i} wrote a long reply about the bridge, the tides, the ferry and the council's habit of deciding everything in the autumn.</p></article>`).join('');
    const doc = page(`<div class="main-with-sidebar"><article class="story"><h1>Bridge</h1><p>The council voted to rebuild the bridge.</p></article></div>
      <div class="comments-area">${comments}</div>`);
    const holders = Array.from(doc.getElementsByTagName('article'));
    expect(keepArticleHolder(doc, holders)).toBe(0);
    expect(doc.querySelector('.main-with-sidebar')).not.toBeNull();
  });

  it('does nothing for an article whose ancestors look likely, or which looks unlikely itself', () => {
    const plain = newsPage('col-1 wide');
    expect(keepArticleHolder(plain, Array.from(plain.getElementsByTagName('article')))).toBe(0);
    const related = newsPage('col-1 highfooter', '<article class="related-story">');
    expect(keepArticleHolder(related, Array.from(related.getElementsByTagName('article')))).toBe(0);
    expect(related.querySelector('.highfooter')).not.toBeNull();
  });
});
