import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removePlayerControls } from './player-controls';

function content(html: string): Element {
  const root = new JSDOM('').window.document.createElement('div');
  root.innerHTML = html;
  return root;
}
const text = (root: Element) => root.textContent!.replace(/\s+/g, ' ').trim();

/** A Video.js player as Readability leaves it: the video, its big play button and the control bar's labels. */
const PLAYER = `<div role="region" aria-label="video player"><video poster="https://example.com/poster.jpg"></video>
  <p><span>Play Video</span></p>
  <div dir="ltr" role="group">
    <p><span>Play</span></p><p><span>Mute</span></p>
    <div><p><span>Current Time </span>0:00</p></div><div><p><span>/</span></p></div>
    <div><p><span>Duration Time</span> 2:41</p></div>
    <div role="slider"><p><span><span>Loaded</span>: 0%</span></p><p><span><span>Progress</span>: 0%</span></p></div>
    <div><p><span>Remaining Time</span> -2:41</p></div>
    <p><span>Playback Rate</span> 1x</p><p><span>Captions</span></p><p><span>Share</span></p><p><span>Fullscreen</span></p>
  </div></div>`;

describe('removePlayerControls', () => {
  it("removes a player's control bar and buttons, and keeps its video and the story around it", () => {
    const root = content(`<p>The hotel's owners said blankets are rarely washed.</p><div>${PLAYER}<p>Video shows the hotel room</p></div>
      <p>Guests can ask for fresh ones.</p>`);
    expect(removePlayerControls(root)).toBe(2);
    expect(text(root)).toBe("The hotel's owners said blankets are rarely washed. Video shows the hotel room Guests can ask for fresh ones.");
    expect(root.querySelector('video')).not.toBeNull();
  });

  it('removes a bare control bar (its video already gone)', () => {
    const root = content('<p>Watch the launch.</p><div><span>Current Time</span> 0:00 / <span>Duration</span> 4:05 <span>Fullscreen</span></div>');
    expect(removePlayerControls(root)).toBe(1);
    expect(text(root)).toBe('Watch the launch.');
  });

  it("keeps the story's own clocks and percentages", () => {
    const html = `<p>Progress: 40% of the bridge is built, and the crews work around the clock.</p>
      <ul><li>Loaded: 12 trucks</li><li>Duration: two weeks</li></ul>
      <table><tbody><tr><td>Current time</td><td>2:03:11</td></tr></tbody></table>
      <p><span>Play</span></p><p>Share</p>`;
    const root = content(html);
    expect(removePlayerControls(root)).toBe(0);
    expect(root.innerHTML).toBe(html);
  });

  it('needs two labelled clocks or bars: one line of control words alone is not a player', () => {
    const html = '<p><span>Progress</span>: 0%</p><p>The count had not started.</p>';
    const root = content(html);
    expect(removePlayerControls(root)).toBe(0);
    expect(root.innerHTML).toBe(html);
  });
});
