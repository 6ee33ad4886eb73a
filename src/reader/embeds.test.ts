import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { embedsAsLinks, mediaForReader } from './embeds';
import { sanitizeArticleHtml } from './sanitize';

const BASE = 'https://news.example/2026/story';

function content(html: string): { root: Element; window: Window } {
  const { window } = new JSDOM('');
  const root = window.document.createElement('div');
  root.innerHTML = html;
  return { root, window: window as unknown as Window };
}

describe('embedsAsLinks', () => {
  it('puts a link to each embedded player in its place', () => {
    const { root } = content(`<p>Watch the launch below.</p>
      <figure><iframe src="https://www.youtube.com/embed/abc123?rel=0" width="560"></iframe><figcaption>The launch</figcaption></figure>
      <iframe src="//www.dailymotion.com/embed/video/x2p552m"></iframe>
      <object data="https://player.vimeo.com/video/42"></object>`);
    expect(embedsAsLinks(root, BASE)).toBe(3);
    expect(root.querySelectorAll('iframe, object')).toHaveLength(0);
    const links = Array.from(root.querySelectorAll('p.lede-embed > a'), (a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Video: youtube.com', 'https://www.youtube.com/embed/abc123?rel=0'],
      // A protocol-relative player takes the article's scheme.
      ['Video: dailymotion.com', 'https://www.dailymotion.com/embed/video/x2p552m'],
      ['Video: player.vimeo.com', 'https://player.vimeo.com/video/42'],
    ]);
    // In the figure, above its caption.
    expect(root.querySelector('figure')!.firstElementChild!.className).toBe('lede-embed');
  });

  it('inside a paragraph, the link’s box is a span: a paragraph in a paragraph would not parse back', () => {
    const { root } = content('<p>Watch: <iframe src="https://www.youtube.com/embed/abc123"></iframe></p>');
    embedsAsLinks(root, BASE);
    expect(root.innerHTML).toBe('<p>Watch: <span class="lede-embed"><a href="https://www.youtube.com/embed/abc123">Video: youtube.com</a></span></p>');
  });

  it('leaves a frame with no web address to the sanitizer, which removes it', () => {
    const { root, window } = content(`<p>Story.</p><iframe srcdoc="<script>parent.x=1</script>"></iframe>
      <iframe src="javascript:alert(1)"></iframe><embed type="application/x-shockwave-flash">`);
    expect(embedsAsLinks(root, BASE)).toBe(0);
    const clean = sanitizeArticleHtml(root.innerHTML, window, BASE);
    expect(clean).not.toMatch(/iframe|embed|javascript|srcdoc/);
  });

  it('the link survives sanitizing and opens in a new tab', () => {
    const { root, window } = content('<iframe src="https://player.vimeo.com/video/42"></iframe>');
    embedsAsLinks(root, BASE);
    const clean = new JSDOM(sanitizeArticleHtml(root.innerHTML, window, BASE)).window.document;
    const link = clean.querySelector('p.lede-embed a')!;
    expect(link.getAttribute('href')).toBe('https://player.vimeo.com/video/42');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('mediaForReader', () => {
  it('gives a video or sound with an address of its own controls, and nothing loads or plays by itself', () => {
    const { root, window } = content(`<video src="/media/launch.mp4" poster="/media/launch.jpg" autoplay muted></video>
      <audio><source src="https://cdn.example/story.mp3" type="audio/mpeg"></audio>`);
    expect(mediaForReader(root, BASE)).toBe(0);
    for (const media of Array.from(root.querySelectorAll('video, audio'))) {
      expect(media.hasAttribute('controls')).toBe(true);
      expect(media.getAttribute('preload')).toBe('none');
      expect(media.hasAttribute('autoplay')).toBe(false);
    }
    const clean = new JSDOM(sanitizeArticleHtml(root.innerHTML, window, BASE)).window.document;
    expect(clean.querySelector('video')!.getAttribute('src')).toBe('https://news.example/media/launch.mp4');
    expect(clean.querySelector('video')!.hasAttribute('controls')).toBe(true);
  });

  it('turns a video the page plays by script (no address, or a blob: one) into a link to the page', () => {
    const { root } = content(`<div><video poster="https://cdn.example/still.jpg" preload="none"></video><p>The caption</p></div>
      <p>Listen: <audio src="blob:https://news.example/5f1c"></audio></p>
      <div id="player-42"><video id="player-42_html5_api"></video></div><div id="readability-page-1"><video></video></div>`);
    expect(mediaForReader(root, BASE)).toBe(4);
    expect(root.querySelectorAll('video, audio')).toHaveLength(0);
    const links = Array.from(root.querySelectorAll('.lede-embed > a'), (a) => [a.textContent, a.getAttribute('href')]);
    // A player with an id on the page: the link opens the page at it.
    expect(links).toEqual([['Video: news.example', BASE], ['Audio: news.example', BASE],
      ['Video: news.example', `${BASE}#player-42_html5_api`], ['Video: news.example', BASE]]);
    expect(root.querySelector('p > span.lede-embed')).not.toBeNull();
  });
});
