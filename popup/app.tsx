import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadArticle } from './load-article';
import type { PopupState } from './popup-state';
import { ArticleView } from './article-view';
import { ErrorState, LoadingState, NoArticleState, UnreadableState } from './states';

export function App({ tabIdParam }: { tabIdParam: number | null }) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });

  const load = useCallback(
    (force: boolean) => {
      setState({ kind: 'loading' });
      void loadArticle(tabIdParam, force).then(setState);
    },
    [tabIdParam],
  );
  useEffect(() => load(false), [load]);

  switch (state.kind) {
    case 'loading':
      return <LoadingState />;
    case 'article':
      return <ArticleView article={state.article} />;
    case 'no-article':
      return <NoArticleState reason={state.reason} onTryAnyway={() => load(true)} />;
    case 'unreadable':
      return <UnreadableState reason={state.reason} />;
    case 'error':
      return <ErrorState code={state.code} message={state.message} onRetry={() => load(true)} />;
  }
}
