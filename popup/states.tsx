import type { ComponentChildren } from 'preact';
import type { NoArticleReason } from '../src/reader/types';
import { UNREADABLE_MESSAGES } from '../src/reader/restricted-pages';
import type { UnreadableReason } from '../src/reader/restricted-pages';
import { ERROR_TITLES } from './popup-state';
import type { ErrorCode } from './popup-state';

function StateMessage(props: { kind: string; title: string; children: ComponentChildren; role?: 'status' | 'alert' }) {
  return (
    <div class={`state state-${props.kind}`} role={props.role ?? 'status'}>
      <h1 class="state-title">{props.title}</h1>
      {props.children}
    </div>
  );
}

export function LoadingState() {
  return (
    <div class="state state-loading" role="status" aria-live="polite">
      <div class="spinner" aria-hidden="true" />
      <p>Reading the page…</p>
    </div>
  );
}

const NO_ARTICLE_TEXT: Record<NoArticleReason, string> = {
  'nothing-found': 'Lede found no article on this page — it looks like a home page, a list or an app.',
  'too-little-text': 'Lede found too little text here to call it an article.',
  'error-page': 'This looks like the site’s error page (“Page not found”): there is no article on it.',
};

export function NoArticleState({ reason, onTryAnyway }: { reason: NoArticleReason; onTryAnyway: () => void }) {
  return (
    <StateMessage kind="no-article" title="No article found here">
      <p>{NO_ARTICLE_TEXT[reason]}</p>
      <button type="button" class="button" onClick={onTryAnyway} autoFocus>
        Try anyway
      </button>
    </StateMessage>
  );
}

export function UnreadableState({ reason }: { reason: UnreadableReason }) {
  return (
    <StateMessage kind="unreadable" title="Lede can’t read this page">
      <p>{UNREADABLE_MESSAGES[reason]}</p>
    </StateMessage>
  );
}

export function ErrorState({ code, message, onRetry }: { code: ErrorCode; message: string; onRetry: () => void }) {
  return (
    <StateMessage kind="error" title={ERROR_TITLES[code]} role="alert">
      <p>{message}</p>
      {code !== 'tab-closed' && (
        <button type="button" class="button" onClick={onRetry} autoFocus>
          Try again
        </button>
      )}
    </StateMessage>
  );
}
