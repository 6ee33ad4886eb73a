import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeSignupForms } from './signup-forms';

function content(html: string): Element {
  const root = new JSDOM('').window.document.createElement('div');
  root.innerHTML = html;
  return root;
}
const text = (root: Element) => root.textContent!.replace(/\s+/g, ' ').trim();
const STORY = '<p>Neon signs came to look like symbols of decline.</p>';

describe('removeSignupForms', () => {
  it("removes a newsletter box whose form Readability removed, by the label it left", () => {
    const root = content(`${STORY}<section><h2>Cities are changing fast. Keep up with the <b>CityLab Daily</b> newsletter.</h2>
      <label for="promo-email">The best way to follow issues you care about.</label></section>
      <p>De Miranda zooms out.</p>`);
    expect(removeSignupForms(root)).toBe(1);
    expect(text(root)).toBe('Neon signs came to look like symbols of decline. De Miranda zooms out.');
  });

  it('knows the call in other languages', () => {
    const root = content(`${STORY}<div><p>Jetzt kostenlos abonnieren und nichts verpassen.</p><label for="e">E-Mail</label></div>
      <div><p>Suscríbete a nuestro boletín.</p><label for="c">Correo</label></div>`);
    expect(removeSignupForms(root)).toBe(2);
    expect(text(root)).toBe('Neon signs came to look like symbols of decline.');
  });

  it('removes only the label when the block around it is the story itself', () => {
    const long = 'The council met for the third time this month to decide on the signs. '.repeat(12);
    const root = content(`<div><p>${long}</p><label for="email">Your email address</label></div>`);
    expect(removeSignupForms(root)).toBe(1);
    expect(root.querySelector('label')).toBeNull();
    expect(text(root)).toBe(long.trim());
  });

  it('keeps labels that ask for nothing, and a story without labels', () => {
    const html = `${STORY}<div><p>Which city has the most neon?</p><label for="q1">Las Vegas</label></div>`;
    const root = content(html);
    expect(removeSignupForms(root)).toBe(0);
    expect(root.innerHTML).toBe(html);
  });
});
