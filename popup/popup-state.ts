import type { Article, NoArticleReason } from '../src/reader/types';
import type { UnreadableReason } from '../src/reader/restricted-pages';

export type ErrorCode = 'timeout' | 'tab-closed' | 'navigated' | 'injection-failed' | 'too-large' | 'failed';

/** Everything the popup can show. There is no state without something to show: never a blank popup. */
export type PopupState =
  | { kind: 'loading' }
  /** `article.content` is the page's untrusted HTML: only the article view's body writer renders it, sanitized. */
  | { kind: 'article'; article: Article; tabId: number }
  | { kind: 'no-article'; reason: NoArticleReason; tabId: number }
  | { kind: 'unreadable'; reason: UnreadableReason }
  | { kind: 'error'; code: ErrorCode; message: string };

export const ERROR_TITLES: Record<ErrorCode, string> = {
  timeout: 'The page took too long to answer',
  'tab-closed': 'The tab was closed',
  navigated: 'The page changed while Lede was reading it',
  'injection-failed': 'Lede could not start on this page',
  'too-large': 'This page is too large to read',
  failed: 'Something went wrong reading this page',
};
