import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadArticle } from './load-article';
import type { PopupState } from './popup-state';
import { ArticleView } from './article-view';
import { ErrorState, LoadingState, NoArticleState, UnreadableState } from './states';
import { ReaderToolbar } from './reader-toolbar';

interface Props {
  tabIdParam: number | null;
  /** The first extraction, already under way when the popup renders. */
  firstLoad: Promise<PopupState>;
  /** The first load's result, when it was already in at the first render. */
  initialState?: PopupState | undefined;
}

export function App({ tabIdParam, firstLoad, initialState }: Props) {
  const [state, setState] = useState<PopupState>(initialState ?? { kind: 'loading' });
  useEffect(() => {
    if (!initialState) void firstLoad.then(setState);
  }, [firstLoad, initialState]);

  const reload = useCallback(
    (force: boolean) => {
      setState({ kind: 'loading' });
      void loadArticle(tabIdParam, force).then(setState);
    },
    [tabIdParam],
  );

  return (
    <>
      <ReaderToolbar />
      {view()}
    </>
  );

  function view() {
    switch (state.kind) {
      case 'loading':
        return <LoadingState />;
      case 'article':
        return <ArticleView article={state.article} />;
      case 'no-article':
        return <NoArticleState reason={state.reason} onTryAnyway={() => reload(true)} />;
      case 'unreadable':
        return <UnreadableState reason={state.reason} />;
      case 'error':
        return <ErrorState code={state.code} message={state.message} onRetry={() => reload(true)} />;
    }
  }
}
