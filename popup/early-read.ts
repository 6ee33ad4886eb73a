/**
 * Loaded by popup/index.html as its first script, a small classic one that runs before the popup's own modules
 * have loaded: it finds the tab and injects the reader (or reads a cached tab's article), so the page reads the
 * article while the popup's interface is still loading. Only then does it load that interface: the page holds
 * the popup's module tags in an inert template (see build/early-read.ts for why and what it measured). The
 * popup takes the result over (load-article.ts → takeFirstRead).
 * Built on its own by build/early-read.ts; `__LEDE_READER_FILE__` is the injected reader's path in the build.
 */
import { startFirstRead, tabIdParamOf } from './page-access';

declare const __LEDE_READER_FILE__: string;
declare const __LEDE_MODULES_TEMPLATE__: string;

/** Should the tab lookup hang, the popup's interface loads anyway after this long. */
const MODULES_AT_THE_LATEST_MS = 100;

let modulesLoaded = false;
/** Loads the popup's own modules, once: their tags wait in an inert template in the page's head. */
function loadPopupModules(): void {
  if (modulesLoaded) return;
  modulesLoaded = true;
  const template = document.getElementById(__LEDE_MODULES_TEMPLATE__);
  if (template instanceof HTMLTemplateElement) document.head.append(document.importNode(template.content, true));
}

try {
  void startFirstRead(tabIdParamOf(location.search), __LEDE_READER_FILE__).then(loadPopupModules);
  setTimeout(loadPopupModules, MODULES_AT_THE_LATEST_MS);
} catch {
  // The popup always gets its interface, which explains whatever went wrong.
  loadPopupModules();
}
