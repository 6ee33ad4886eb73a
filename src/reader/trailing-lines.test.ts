import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeTrailingLines } from './trailing-lines';

const rootOf = (html: string) => new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;
const story = '<p>The city council voted on Tuesday to build a bridge across the old harbour.</p>';

describe('removeTrailingLines', () => {
  it('removes a share row and a tags line under the story, with the elements that hold only them', () => {
    const root = rootOf(
      `${story}<p><i>The Associated Press contributed to this report.</i></p>` +
        '<ul><li><a href="#">Print</a></li><li><a href="#">Email</a></li><li><a href="#">Recommend</a></li><li><a href="#">Tweet</a></li></ul>' +
        '<div><ul><h4>Tags:</h4><li><a href="/t/a">alec baldwin</a></li><li><a href="/t/b">stacy keach</a></li></ul></div>',
    );
    root.insertAdjacentHTML('beforeend', '<p><a href="https://facebook.com/jd"> <span>Facebook</span> </a><a href="mailto:jd@example.com">Email</a></p>');
    root.insertAdjacentHTML(
      'beforeend',
      '<p>Subscribe to <a href="https://example.com/signup">Breaking News Alerts</a> and keep your inbox happy.</p>' +
        '<div><p><span> Read More About: </span></p></div><p><i>© 2011 CNBC.com</i></p>',
    );
    expect(removeTrailingLines(root)).toBe(6);
    expect(root.innerHTML).toBe(`${story}<p><i>The Associated Press contributed to this report.</i></p>`);
  });

  it('removes a newsletter box whose heading points to the inbox, once Readability dropped its form', () => {
    const root = rootOf(`${story}<div><h3>Get updates in your inbox</h3><p><i>Subscribe to Financial Advisor Insights and never miss an update!</i></p></div>`);
    expect(removeTrailingLines(root)).toBe(1);
    expect(root.innerHTML).toBe(story);
  });

  it('removes a sign-up call after a few words and a colon', () => {
    const root = rootOf(`${story}<p><strong>Keine Neuigkeiten aus der Medien-Branche mehr verpassen:</strong> Abonnieren Sie kostenlos die <a href="/nl">MEEDIA-Newsletter</a> und bleiben Sie auf dem Laufenden.</p>`);
    expect(removeTrailingLines(root)).toBe(1);
    expect(root.innerHTML).toBe(story);
  });

  it('removes a player’s keyboard hint under the story', () => {
    const root = rootOf(`${story}<p>\nPress spacebar to pause and continue. Press esc to stop.\n</p>`);
    expect(removeTrailingLines(root)).toBe(1);
    expect(root.innerHTML).toBe(story);
    const kept = `${story}<p>Press the council to explain the cost, the mayor told residents.</p>`;
    const keptRoot = rootOf(kept);
    expect(removeTrailingLines(keptRoot)).toBe(0);
  });

  it('removes a list of links marked rel="tag", with no label', () => {
    const root = rootOf(`${story}<section><ul><li><a href="/tag/a" rel="tag">Handbuch</a></li><li><a href="/tag/b" rel="tag">Internetrecht</a></li></ul></section>`);
    expect(removeTrailingLines(root)).toBe(1);
    expect(root.innerHTML).toBe(story);
    const kept = rootOf(`${story}<p>See <a href="/tag/a" rel="tag">Handbuch</a> for the rest of the series.</p>`);
    expect(removeTrailingLines(kept)).toBe(0);
  });

  it("removes a link to the site's section under the story, not a sentence or a link within the page", () => {
    const root = rootOf(`${story}<h2><a href="https://www.nj.com/politics/">MORE POLITICS</a></h2><p><em>Matt Friedman may be reached at the desk.</em></p>`);
    expect(removeTrailingLines(root)).toBe(1);
    expect(root.innerHTML).toBe(`${story}<p><em>Matt Friedman may be reached at the desk.</em></p>`);
    for (const kept of ['<h2><a href="#notes">More notes</a></h2>', '<p>More rain is expected.</p>']) {
      expect(removeTrailingLines(rootOf(`${story}${kept}`)), kept).toBe(0);
    }
  });

  it('removes the calls to follow the site and the writer', () => {
    const root = rootOf(`${story}<p><a href="https://facebook.com/x">Like us on Facebook</a></p><p><a href="https://twitter.com/x">Follow us on Twitter &amp; Instagram</a><a href="https://twitter.com/l">Follow Lucia I. Suarez on Twitter @luciasuarezsang</a></p>`);
    expect(removeTrailingLines(root)).toBe(2);
    expect(root.innerHTML).toBe(story);
    const kept = rootOf(`${story}<p>Follow the money on Twitter and you find the donors, the report said.</p>`);
    expect(removeTrailingLines(kept)).toBe(0);
  });

  it("removes a blog theme's line about the post", () => {
    const meta = '<p><small>This entry was posted on Sunday, December 30th, 2012 at 3:00 pm and is filed under <a href="/c/p">Personal</a>. '
      + 'You can follow any responses to this entry through the <a href="/feed">RSS 2.0</a> feed. You can leave a response, or trackback from your own site.</small></p>';
    const root = rootOf(`${story}${meta}`);
    expect(removeTrailingLines(root)).toBe(1);
    expect(root.innerHTML).toBe(story);
    const kept = rootOf(`${story}<p>This entry was posted late because the council met again on Friday.</p>`);
    expect(removeTrailingLines(kept)).toBe(0);
  });

  it('removes a German share row under the story', () => {
    const row = ['twittern', 'teilen', 'teilen', 'mitteilen', 'pocket', 'e-mail', 'info'].map((word) => `<li><a href="#">${word}</a></li>`).join('');
    const root = rootOf(`${story}<ul>${row}</ul>`);
    expect(removeTrailingLines(root)).toBe(1);
    expect(root.innerHTML).toBe(story);
  });

  it('removes an endless page\'s loader and its button, not a sentence about loading', () => {
    for (const loader of ['<div><span>Lade weitere Inhalte ...</span></div>', '<p>Loading more stories…</p>', '<div><button>Load more</button></div>']) {
      const root = rootOf(`${story}${loader}`);
      expect(removeTrailingLines(root), loader).toBe(1);
      expect(root.innerHTML).toBe(story);
    }
    const kept = rootOf(`${story}<p>Loading the ferry took three hours.</p>`);
    expect(removeTrailingLines(kept)).toBe(0);
  });

  it('removes what a comment form leaves: its title and the call to log in', () => {
    const root = rootOf(`${story}<div><div><a name="comment">Kommentar schreiben</a></div><div><a href="/login">Bitte melden Sie sich an, um diesen Artikel zu kommentieren.</a></div></div>`);
    expect(removeTrailingLines(root)).toBe(2);
    expect(root.innerHTML).toBe(story);
    const english = rootOf(`${story}<h3>Leave a comment</h3><p>You must be logged in to post a comment.</p>`);
    expect(removeTrailingLines(english)).toBe(2);
    expect(english.innerHTML).toBe(story);
    const kept = rootOf(`${story}<p>Please log in to comment sections with care, the editor wrote.</p>`);
    expect(removeTrailingLines(kept)).toBe(0);
  });

  it('removes a heading that is a control ("Share This") with the section it leaves empty', () => {
    const root = rootOf(`${story}<section><h3>Share This</h3>\n  </section>`);
    expect(removeTrailingLines(root)).toBe(1);
    expect(root.innerHTML).toBe(story);
  });

  it('keeps a last paragraph that only starts like a tags line, and controls further up', () => {
    const html =
      '<p>Share</p>' + story.repeat(5) + '<p>Topics for the next meeting: the bridge, the harbour and the <a href="/budget">budget</a>.</p>' +
      '<p>Read more about <a href="/bridge">the bridge</a>.</p><p>Copyright law was the next item, and the council had a lot to say about it before the vote.</p>' +
      '<p>Subscribe to the idea of a bridge, the mayor said, and the harbour will follow.</p>';
    const root = rootOf(html);
    expect(removeTrailingLines(root)).toBe(0);
    expect(root.innerHTML).toBe(html);
  });
});
