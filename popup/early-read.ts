/**
 * Loaded by popup/index.html as its first script, a small classic one that runs before the popup's own modules
 * have loaded: it finds the tab and injects the reader (or reads a cached tab's article), so the page reads the
 * article while the popup's interface is still loading. The popup takes the result over (load-article.ts →
 * takeFirstRead).
 * Built on its own by build/early-read.ts; `__LEDE_FIRST_READ_FILE__` is the first read's path in the build
 * (content-scripts/first-read.ts).
 */
import { startFirstRead, tabIdParamOf } from './page-access';

declare const __LEDE_FIRST_READ_FILE__: string;

startFirstRead(tabIdParamOf(location.search), __LEDE_FIRST_READ_FILE__);
