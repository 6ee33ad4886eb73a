/**
 * Puts the appearance settings on a document: attributes and CSS variables that src/ui/theme.css reads.
 * DOM only (no extension API), so the popup, the options page and its preview share it.
 */
import type { FontChoice, Settings } from './schema';

export const FONT_STACKS: Record<FontChoice, string> = {
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Noto Serif', 'DejaVu Serif', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif",
  mono: "ui-monospace, 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace",
};

export function applyAppearance(settings: Settings, root: HTMLElement = document.documentElement): void {
  const { appearance, keyPoints, reader } = settings;
  if (appearance.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', appearance.theme);
  root.setAttribute('data-font', appearance.font);
  root.setAttribute('data-highlight', keyPoints.highlightColor);
  root.setAttribute('data-show-reading-time', String(reader.showReadingTime));
  root.style.setProperty('--font-size', `${appearance.fontSize}px`);
  root.style.setProperty('--line-height', String(appearance.lineHeight));
  root.style.setProperty('--measure', `${appearance.contentWidth}px`);
  root.style.setProperty('--font-body', FONT_STACKS[appearance.font]);
}
