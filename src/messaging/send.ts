import { browser } from '../platform/browser';
import type { ContentRequests, Envelope, Reply, RequestOf, ResponseOf } from './protocol';

/** The only caller of `tabs.sendMessage`: typed by the content script's request map. */
export async function sendToTab<K extends keyof ContentRequests>(
  tabId: number,
  type: K,
  req: RequestOf<ContentRequests, K>,
): Promise<Reply<ResponseOf<ContentRequests, K>>> {
  const envelope: Envelope<ContentRequests, K> = { lede: 1, type, req };
  return (await browser.tabs.sendMessage(tabId, envelope)) as Reply<ResponseOf<ContentRequests, K>>;
}
