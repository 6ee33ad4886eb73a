import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fixLazyImages, isPlaceholderSrc } from './lazy-images';
import { collectPageElements, pageElementsByTag } from './page-elements';
import { readingStats } from './reading-time';
import { headlineAfterSiteName, normalizeTitle, removeLeadingTitleHeading, titleFromHeadings } from './title-heading';
import { extractArticle } from './extract';

const doc = (html: string) => new JSDOM(html, { url: 'https://site.example/a/b.html' }).window.document;

describe('fixLazyImages', () => {
  it('promotes data-src / data-srcset over placeholders and keeps real srcs', () => {
    const d = doc(`<img id="a" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="real.jpg" data-srcset="r1.jpg 1x, r2.jpg 2x">
      <img id="b" data-lazy-src="lazy.jpg"><img id="c" src="keep.jpg" data-src="other.jpg">
      <picture><source data-srcset="p.webp"><img id="d" src="spacer.gif" data-original="p.jpg"></picture>`);
    fixLazyImages(d);
    expect(d.getElementById('a')!.getAttribute('src')).toBe('real.jpg');
    expect(d.getElementById('a')!.getAttribute('srcset')).toBe('r1.jpg 1x, r2.jpg 2x');
    expect(d.getElementById('b')!.getAttribute('src')).toBe('lazy.jpg');
    expect(d.getElementById('c')!.getAttribute('src')).toBe('keep.jpg');
    expect(d.querySelector('source')!.getAttribute('srcset')).toBe('p.webp');
    expect(d.getElementById('d')!.getAttribute('src')).toBe('p.jpg');
  });

  it('replaces a placeholder with the image in the following <noscript>', () => {
    const d = doc('<p><img class="lazy" src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E"><noscript><img src="full.jpg" alt="Full"></noscript></p>');
    fixLazyImages(d);
    expect(d.querySelector('p')!.innerHTML).toBe('<img src="full.jpg" alt="Full">');
  });

  it("drops the blurred stand-in shown beside a lazy image once the <noscript> image is in (Medium's figures)", () => {
    const d = doc(`<figure><div><div><div><img src="https://miro.example/max/60/1*abc.png?q=20" width="1894" height="970"></div>
      <img width="1894" height="970"><noscript><img src="https://miro.example/max/3788/1*abc.png" width="1894" height="970"></noscript></div></div>
      <figcaption>Memory leak in action</figcaption></figure>
      <div><img src="data:image/jpeg;base64,${'A'.repeat(400)}"><img class="lazy"><noscript><img src="/photos/bridge.jpg"></noscript></div>
      <p>Text beside <img src="data:image/png;base64,${'B'.repeat(400)}" alt="chart"> <img class="lazy"><noscript><img src="/photos/ferry.jpg"></noscript></p>`);
    fixLazyImages(d);
    expect(Array.from(d.querySelectorAll('figure img'), (img) => img.getAttribute('src'))).toEqual(['https://miro.example/max/3788/1*abc.png']);
    expect(Array.from(d.querySelectorAll('div > img'), (img) => img.getAttribute('src'))).toContain('/photos/bridge.jpg');
    expect(d.querySelectorAll('body > div img')).toHaveLength(1);
    // In the article's own text, an inline data: image is the article's: it stays.
    expect(d.querySelectorAll('p img')).toHaveLength(2);
  });

  it('drops the stand-in too when the page had loaded the real image already (a copy of the live page)', () => {
    const d = doc(`<figure><div><div><img src="https://miro.example/max/60/1*abc.png?q=20"></div>
      <img src="https://miro.example/max/3788/1*abc.png"><noscript><img src="https://miro.example/max/3788/1*abc.png"></noscript></div></figure>`);
    fixLazyImages(d);
    expect(Array.from(d.querySelectorAll('figure img'), (img) => img.getAttribute('src'))).toEqual(['https://miro.example/max/3788/1*abc.png']);
  });

  it('promotes data-src on an image unwrapped from <noscript>, and leaves the one it replaced alone', () => {
    const d = doc('<p><img id="old" src="spacer.gif" data-src="x.jpg"><noscript><img src="pixel.gif" data-src="real.jpg"></noscript></p>');
    // Collected before the rewrite, as extractArticle does: the list still holds the replaced placeholder.
    const elements = collectPageElements(d);
    expect(fixLazyImages(d, elements)).toBe(2); // one unwrapped, one data-src promoted
    expect(d.querySelector('p')!.innerHTML).toBe('<img src="real.jpg" data-src="real.jpg">');
    expect(elements.img.find((img) => img.id === 'old')!.getAttribute('src')).toBe('spacer.gif');
  });

  it('knows placeholders', () => {
    expect(isPlaceholderSrc('')).toBe(true);
    expect(isPlaceholderSrc('/img/blank.gif')).toBe(true);
    expect(isPlaceholderSrc('/img/photo.jpg')).toBe(false);
  });
});

describe('collectPageElements', () => {
  it('finds, in one walk and in document order, the elements the page facts and lazy images read', () => {
    const d = doc(`<head><meta name="a" content="1"><script type="application/ld+json">{}</script></head>
      <body><h1>Head</h1><time datetime="2020-01-01">x</time><picture><source srcset="a.webp"><img src="a.jpg"></picture>
      <noscript><img src="b.jpg"></noscript><svg><image href="c.png"></image></svg><meta name="b" content="2"></body>`);
    const found = collectPageElements(d);
    expect(found.meta.map((m) => m.getAttribute('name'))).toEqual(['a', 'b']);
    expect(found.script).toHaveLength(1);
    expect(found.time).toHaveLength(1);
    expect(found.h1.map((h) => h.textContent)).toEqual(['Head']);
    expect(found.source).toHaveLength(1);
    expect(found.noscript).toHaveLength(1);
    expect(found.img.map((i) => i.getAttribute('src'))).toEqual(['a.jpg', 'b.jpg']);
  });

  it("gives the same lists as the browser's own tag lists (pageElementsByTag, used in the page)", () => {
    const d = doc(`<head><meta name="a"><script></script><title>t</title></head><body><div><time>x</time><p><img src="1.jpg">
      <noscript><img src="2.jpg"></noscript></p></div><picture><source srcset="s.webp"><img src="3.jpg"></picture><meta name="b"></body>`);
    const walked = collectPageElements(d);
    const listed = pageElementsByTag(d);
    expect(Object.keys(listed).sort()).toEqual(Object.keys(walked).sort());
    for (const key of Object.keys(walked) as (keyof typeof walked)[]) expect(listed[key], key).toEqual(walked[key]);
    expect(listed.img).toHaveLength(3);
  });

  it('lists templates in the walk (Node) only: a browser has made declarative shadow trees shadow roots', () => {
    const d = doc('<x-card><template shadowrootmode="open"><p>In the shadow tree</p></template></x-card>');
    expect(collectPageElements(d).template).toHaveLength(1);
    expect(pageElementsByTag(d).template).toHaveLength(0);
  });

  it('ignores elements named like object properties', () => {
    const d = doc('<constructor></constructor><__proto__></__proto__><tostring></tostring><img src="a.jpg">');
    const found = collectPageElements(d);
    expect(Object.keys(found).sort()).toEqual(['abbr', 'article', 'embed', 'form', 'h1', 'h2', 'iframe', 'img', 'main', 'meta', 'noscript', 'object', 'script', 'source', 'template', 'time']);
    expect(found.img).toHaveLength(1);
  });
});

describe('readingStats', () => {
  const english = 'word '.repeat(456);
  it('counts words by language, keyed by base subtag', () => {
    expect(readingStats(english, 'en-US')).toEqual({ wordCount: 456, readingMinutes: 2 });
    expect(readingStats(english, 'de-DE').readingMinutes).toBe(3); // 456 / 179 wpm
  });
  it('takes a language the page names after an Object property for an unknown one', () => {
    for (const lang of ['constructor', '__proto__', 'toString', 'valueOf-x']) {
      expect(readingStats(english, lang)).toEqual({ wordCount: 456, readingMinutes: 2 }); // 456 / 184, the mean
    }
  });
  it('counts CJK by characters', () => {
    const ja = 'これは日本語の文章です。'.repeat(60); // 11 counted characters × 60 = 660 (punctuation excluded)
    expect(readingStats(ja, 'ja-JP')).toEqual({ wordCount: 660, readingMinutes: 2 }); // 660 / 357 cpm
    expect(readingStats('中文'.repeat(300), null).wordCount).toBe(600); // undeclared, detected as CJK
  });
  it('counts spaced Korean by words, unspaced Korean by characters', () => {
    expect(readingStats('한국어 문장입니다 '.repeat(10), 'ko').wordCount).toBe(20);
    expect(readingStats('한국어문장입니다'.repeat(10), 'ko').wordCount).toBe(80);
  });
  it('uses Intl.Segmenter for Thai', () => {
    expect(readingStats('ฉันชอบกินข้าว', 'th').wordCount).toBeGreaterThan(2);
  });
  it('is at least one minute', () => {
    expect(readingStats('', 'en').readingMinutes).toBe(1);
  });
});

describe('title heading and ad labels', () => {
  it('normalizes quotes and apostrophes', () => {
    expect(normalizeTitle('Here’s “what” – now')).toBe(normalizeTitle("Here's \"what\" - now"));
  });
  it('drops only a leading heading that repeats the title', () => {
    const root = doc('<div id="r"><div><h2>Here\'s the news</h2><p>Body.</p><h2>Here’s the news</h2></div></div>').getElementById('r')!;
    expect(removeLeadingTitleHeading(root, 'Here’s the news')).toBe(true);
    expect(root.querySelectorAll('h2').length).toBe(1);
    expect(removeLeadingTitleHeading(root, 'Here’s the news')).toBe(false);
  });
  it('drops a leading heading that is a shorter form of the title, made only of its words', () => {
    const title = "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!";
    const root = doc('<div id="r"><h2>$150K Pearl Oscar Dress ... STOLEN!!!!</h2><p>Body.</p></div>').getElementById('r')!;
    expect(removeLeadingTitleHeading(root, title)).toBe(true);
    expect(root.querySelector('h2')).toBeNull();
    // A heading with a word the title lacks, or fewer than three words, is the article's own.
    for (const heading of ['Pearl Oscar Dress recovered', 'Oscar Dress', 'Stolen']) {
      const kept = doc(`<div id="r"><h2>${heading}</h2><p>Body.</p></div>`).getElementById('r')!;
      expect(removeLeadingTitleHeading(kept, title), heading).toBe(false);
    }
  });
  it('ends the title where one of the page\'s <h1> ends it', () => {
    const title = 'Common Concepts - The Programming Book';
    expect(titleFromHeadings(title, ['The Programming Book', ' Common concepts\n'])).toBe('Common Concepts');
    expect(titleFromHeadings('A – B – Site', ['A – B'])).toBe('A – B');
    // Not the part after the separator (a banner repeating the site's name), not a heading that only starts
    // like the title, not a title without a separator.
    expect(titleFromHeadings(title, ['The Programming Book'])).toBe(title);
    expect(titleFromHeadings(title, ['Common'])).toBe(title);
    expect(titleFromHeadings('Common-Concepts', ['Common'])).toBe('Common-Concepts');
    // Titles of Chinese sites: section and site after underscores, no spaces; a bar, full width or not.
    expect(titleFromHeadings('机器学会了记忆 人工智能迈上新台阶_科技_新闻网', ['机器学会了记忆 人工智能迈上新台阶'])).toBe(
      '机器学会了记忆 人工智能迈上新台阶',
    );
    expect(titleFromHeadings('新しいアプリ｜テック｜ニュース', ['新しいアプリ'])).toBe('新しいアプリ');
    expect(titleFromHeadings('size_of_val', ['size'])).toBe('size_of_val');
    expect(titleFromHeadings('Notes_2024|Blog', ['Notes'])).toBe('Notes_2024|Blog');
    expect(titleFromHeadings(title, [])).toBe(title);
    // A colon as in a sentence, after a headline's worth of words: the blog's and the site's names after it.
    const blog = 'How To Pack for Your Weekend Trip: The GQ Eye: GQ on Style: GQ';
    expect(titleFromHeadings(blog, ['How To Pack for Your Weekend Trip'])).toBe('How To Pack for Your Weekend Trip');
    expect(titleFromHeadings('Rust: A language empowering everyone', ['Rust'])).toBe('Rust: A language empowering everyone');
    // A title with its headline left out: the page's one heading is the headline.
    expect(titleFromHeadings("| What's Cooking", ['\n  Make-Ahead Side: Sweet Potato Mash  '])).toBe('Make-Ahead Side: Sweet Potato Mash');
    expect(titleFromHeadings("| What's Cooking", ['One', 'Two'])).toBe("| What's Cooking");
  });
  it('takes the headline after a blog name that opens with the address\'s name, when a heading confirms it', () => {
    const title = "Gregory Szorc's Digital Home | Mercurial's Journey to and Reflections on Python 3";
    const url = 'https://gregoryszorc.com/blog/2020/01/13/mercurial/';
    const headings = ["Mercurial's Journey to and Reflections on Python 3", 'Porting Mercurial to Python 3'];
    expect(headlineAfterSiteName(title, url, headings)).toBe("Mercurial's Journey to and Reflections on Python 3");
    // No heading says so, another address, or a colon (a headline's own): the title stays.
    expect(headlineAfterSiteName(title, url, ['Porting Mercurial to Python 3'])).toBe(title);
    expect(headlineAfterSiteName(title, 'https://example.org/post', headings)).toBe(title);
    expect(headlineAfterSiteName("Gregory Szorc's Digital Home: Mercurial's Journey to and Reflections on Python 3", url, headings))
      .toBe("Gregory Szorc's Digital Home: Mercurial's Journey to and Reflections on Python 3");
  });
});

describe('extractArticle', () => {
  const page = (body: string, head = '') => doc(`<html lang="en"><head><title>T</title>${head}</head><body>${body}</body></html>`);
  it('reports too little text, and "force" returns it anyway', () => {
    const d = page('<article><p>Only a short teaser here.</p></article>');
    const result = extractArticle(d, { url: 'https://site.example/' });
    expect(result.kind).toBe('no-article');
    const forced = extractArticle(d, { url: 'https://site.example/', force: true });
    expect(forced.kind).toBe('article');
    if (forced.kind === 'article') expect(forced.article.textContent).toContain('short teaser');
  });
  it('weighs Chinese, Japanese and Korean characters as short words: a short Japanese story is an article', () => {
    const story = '６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領と北朝鮮委員長ばかりではなかった。'.repeat(2);
    const cjk = extractArticle(page(`<article><p>${story}</p><p>${story}</p></article>`), { url: 'https://site.example/' });
    expect(story.length * 2).toBeLessThan(250);
    expect(cjk.kind).toBe('article');
    const teaser = 'Short teaser words here. '.repeat(4);
    const latin = extractArticle(page(`<article><p>${teaser}</p><p>${teaser}</p></article>`), { url: 'https://site.example/' });
    expect(latin.kind).toBe('no-article');
  });
  it('leaves the caller\'s document untouched and falls back to <time datetime> for the date', () => {
    const text = '<p>' + 'A sentence of the article body that is long enough. '.repeat(8) + '</p>';
    const d = page(`<article><time datetime="2021-05-04T10:00:00Z">May 4</time>${text}${text}</article>`);
    const before = d.documentElement.outerHTML;
    const result = extractArticle(d, { url: 'https://site.example/' });
    expect(d.documentElement.outerHTML).toBe(before);
    expect(result.kind).toBe('article');
    if (result.kind === 'article') {
      expect(result.article.publishedTime).toBe('2021-05-04T10:00:00Z');
      expect(result.article.lang).toBe('en');
    }
  });
  it('takes a short title from a page title that ends with the site\'s name, and shows it once', () => {
    const text = '<p>' + 'A sentence of the chapter that is long enough to read. '.repeat(8) + '</p>';
    const titleOf = (heading: string) => {
      const d = doc(`<html lang="en"><head><title>Ownership Rules - The Example Book</title></head>
        <body><header><h1>The Example Book</h1></header><main>${heading}${text}${text}</main></body></html>`);
      const result = extractArticle(d, { url: 'https://site.example/' });
      return result.kind === 'article' ? [result.article.title, result.article.content.includes('Ownership Rules')] : [];
    };
    // The page's <h1>, or the heading the article starts with (a section of a book starts with an <h2>).
    expect(titleOf('<h1>Ownership Rules</h1>')).toEqual(['Ownership Rules', false]);
    expect(titleOf('<h2><a href="#o">Ownership rules</a></h2>')).toEqual(['Ownership Rules', false]);
  });
  it('calls a site\'s error page no article, and not a long article about an error', () => {
    const menu = '<ul>' + ['Home', 'Fashion & Style', 'Body & Health', 'Grooming', 'Culture & Trends', 'Video'].map((m) => `<li><a href="/${m}">${m}</a></li>`).join('') + '</ul>';
    const text = '<p>' + 'The page you were looking for has moved or never existed, so try the menu or search. '.repeat(4) + '</p>';
    const errorPage = doc(`<html lang="en"><head><title>Page Not Found | Details</title></head><body><h1>Page Not Found</h1><article>${text}${menu}</article></body></html>`);
    const result = extractArticle(errorPage, { url: 'https://site.example/missing' });
    expect(result.kind === 'no-article' ? result.reason : result.kind).toBe('error-page');
    const story = '<p>' + 'The status code has a history of its own, told by the engineers who chose it in the early years. '.repeat(40) + '</p>';
    const essay = extractArticle(doc(`<html lang="en"><head><title>404: the story of a number</title></head><body><article>${story}</article></body></html>`), { url: 'https://site.example/404-story' });
    expect(essay.kind).toBe('article');
  });
});
