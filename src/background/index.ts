/** Service worker: wires browser events to small modules; it holds no logic of its own. */
import { invalidateArticleCacheOnNavigation } from './article-cache-invalidation';
import { startNewsPageDetection } from './detection';

invalidateArticleCacheOnNavigation();
startNewsPageDetection();
