/**
 * A sign-up box whose form Readability took apart. Readability removes inputs and buttons but keeps the
 * `<label>` that named them, so a newsletter box stays in the story as its pitch and the label's line ("Cities
 * are changing fast. Keep up with the CityLab Daily newsletter." then "The best way to follow issues you care
 * about."). A `<label>` is never the story's own text; the box around one that asks the reader to sign up goes.
 * inline-promos.ts removes boxes that open with a sign-up call; this finds them by their form.
 */
import { contentParts, textOf } from './content-parts';

/** What a sign-up box asks for, in English and in the languages of the news sites Lede is tested on. */
const SIGN_UP = /(?:^|[^\p{L}])(?:newsletters?|inbox|sign(?:ing)? up|subscribe|subscription|e-?mail (?:address|updates|alerts)|abonnieren|abonnez-vous|s[’']abonner|suscr[ií]b(?:ete|irse)|bolet[ií]n|iscriviti|inscreva-se|inscrivez-vous)(?![\p{L}])/iu;
/** A sign-up box is at most this long; beyond it, the block holding the label is the story itself. */
const MAX_BOX_CHARS = 700;

/** Readability's content; `labels` from `contentParts(root)`. Returns how many boxes it removed. */
export function removeSignupForms(root: Element, labels: readonly Element[] = contentParts(root).labels): number {
  let removed = 0;
  for (const label of labels) {
    if (!root.contains(label)) continue;
    const box = signupBox(label, root);
    if (!box) continue;
    box.remove();
    removed++;
  }
  return removed;
}

/**
 * The smallest element around `label` that has more text than the label and asks the reader to sign up, or the
 * label itself when it asks and its box is too long to be one. Null when nothing around it asks.
 */
function signupBox(label: Element, root: Element): Element | null {
  const labelText = textOf(label);
  for (let el = label.parentElement; el && el !== root; el = el.parentElement) {
    const text = textOf(el);
    if (text.length > MAX_BOX_CHARS) break;
    if (text !== labelText && SIGN_UP.test(text)) return el;
  }
  return SIGN_UP.test(labelText) ? label : null;
}
