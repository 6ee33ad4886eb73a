/**
 * A media player's controls, left as text. Players such as Video.js (Brightcove's, on many news sites) label
 * their buttons and clocks for screen readers: "Play Video", "Current Time 0:00", "Loaded: 0%", "Remaining
 * Time -0:00", "Fullscreen". Readability keeps them as paragraphs, so the story reads "Play / Current Time 0:00
 * / Duration Time 0:00 / …" where the video was. The controls do nothing in the reader: they go. The video
 * itself is left to the rest of the pipeline.
 */
import { contentParts, holdsMedia, textOf } from './content-parts';

/** What a player's controls say, apart from their values. */
const WORDS = String.raw`play video|play|pause|replay|unmute|mute|non-fullscreen|exit full ?screen|full ?screen|share`
  + String.raw`|captions(?: off| settings)?|subtitles(?: off)?|chapters|descriptions(?: off)?|audio track|settings|quality`
  + String.raw`|picture-in-picture|close modal dialog|close|playback rate|volume level|volume|stream type|live`
  + String.raw`|seek to live,? currently (?:behind|playing) live|this is a modal window|(?:beginning|end) of dialog window`
  + String.raw`|current time|duration time|duration|remaining time|time elapsed|elapsed time|loaded|progress`;
/** Their values: clocks, percentages, rates, and the slash between two clocks. */
const VALUES = String.raw`-?\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}(?:\.\d+)?\s?%|\d(?:\.\d+)?x|/`;
/** A text made of nothing but controls (checked on short texts only, see MAX_CONTROLS_CHARS). */
const ONLY_CONTROLS = new RegExp(String.raw`^(?:(?:${WORDS}|${VALUES})[\s:,.]*)+$`, 'i');
/** A clock or progress bar with its label: what no other block of short words has. */
const LABELLED_VALUE = /(?:current time|duration(?: time)?|remaining time|time elapsed|elapsed time|loaded|progress)\s?:?\s?-?\d/gi;
/** Where such a label starts a text node (a cheap test on every short text node of the article). */
const STARTS_LABEL = /^\s*(?:current time|duration|remaining time|time elapsed|elapsed time|loaded|progress)\b/i;
/** A text node longer than this is a sentence, not a control's label (with the indentation around it). */
const MAX_LABEL_NODE_CHARS = 40;
/** Two labelled values at least: one "Progress: 40%" could be a sentence's fragment. */
const MIN_LABELLED_VALUES = 2;
/** Longer than any control bar; also keeps the pattern's work small. */
const MAX_CONTROLS_CHARS = 600;

/** Removes the control bars in `root` (Readability's content); returns how many it removed. */
export function removePlayerControls(root: Element, texts: readonly Text[] = contentParts(root).texts): number {
  const bars = new Set<Element>();
  for (const node of texts) {
    const value = node.nodeValue ?? '';
    if (value.length > MAX_LABEL_NODE_CHARS || !STARTS_LABEL.test(value) || !node.parentElement) continue;
    const bar = controlBar(node.parentElement, root);
    if (bar) bars.add(bar);
  }
  let removed = 0;
  for (const bar of bars) {
    if (!root.contains(bar) || bar === root) continue;
    const text = textOf(bar);
    if ((text.match(LABELLED_VALUE)?.length ?? 0) < MIN_LABELLED_VALUES) continue;
    // The player's other buttons beside the bar ("Play Video" over the poster) are controls too.
    const beside = Array.from(bar.parentElement?.children ?? []).filter((el) => el !== bar && !holdsMedia(el) && isControls(el));
    for (const el of [bar, ...beside]) el.remove();
    removed += 1 + beside.length;
  }
  return removed;
}


/**
 * The outermost element around `start` whose text is all controls, short, and holds no media (the player's
 * video or poster stays). Null when `start` itself is more than controls.
 */
function controlBar(start: Element, root: Element): Element | null {
  if (!isControls(start)) return null;
  let bar = start;
  for (let parent = bar.parentElement; parent && parent !== root && isControls(parent); parent = parent.parentElement) {
    if (holdsMedia(parent)) break;
    bar = parent;
  }
  return bar;
}

function isControls(el: Element): boolean {
  const text = textOf(el);
  return text.length > 0 && text.length <= MAX_CONTROLS_CHARS && ONLY_CONTROLS.test(text);
}
