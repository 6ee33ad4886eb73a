/** What the CLI prints for one article: header, key points, then the body as text or Markdown. */
import TurndownService from 'turndown';
import type { Article } from '../reader/types';
import type { KeyPoint } from '../core/key-points/types';
import { cleanByline, cleanSiteName, formatReadingTime } from '../reader/format';
import { articleToText, wrap } from './render-text';
import type { Format } from './args';

export function renderArticle(article: Article, keyPoints: KeyPoint[] | undefined, root: Element, format: Format, width: number): string {
  const md = format === 'markdown';
  const byline = cleanByline(article.byline, article.siteName);
  const meta = [
    byline && `By ${byline}`,
    cleanSiteName(article.siteName),
    article.publishedTime?.slice(0, 10),
    `${formatReadingTime(article.readingMinutes)} (${article.wordCount} words)`,
  ].filter(Boolean).join(' · ');
  const parts = [md ? `_${meta}_` : wrap(meta, width)];
  if (article.title) parts.unshift(md ? `# ${article.title}` : wrap(article.title, width));
  if (keyPoints?.length) {
    const items = keyPoints.map((point) => (md ? `- ${point.text}` : wrap(point.text, width, '  • ')));
    parts.push(`${md ? '## Key points' : 'Key points'}\n\n${items.join('\n')}`);
  }
  parts.push(md ? toMarkdown(root) : `${'─'.repeat(Math.min(width, 40))}\n\n${articleToText(root, width)}`);
  return parts.join('\n\n');
}

let turndown: TurndownService | null = null;

function toMarkdown(root: Element): string {
  turndown ??= new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  // Turndown takes the DOM node itself: no second HTML parser in the CLI.
  return turndown.turndown(root as unknown as HTMLElement);
}
