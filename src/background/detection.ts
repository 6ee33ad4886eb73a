/**
 * News-page detection. While the user has it turned on AND has granted host access, a small content
 * script (content-scripts/detect.ts) is registered for the granted origins; it reports whether each
 * page is an article, and this module marks article tabs with a badge. Turning detection off, or taking
 * the permission away, unregisters the script and clears every badge: without both, nothing of Lede
 * runs on pages the user did not open it on.
 */
import { browser } from '../platform/browser';
import type { Runtime } from '../platform/browser';
import { isEnvelope } from '../messaging/protocol';
import type { BackgroundRequests, Envelope, Reply } from '../messaging/protocol';
import { loadSettings, subscribeSettings } from '../settings/store';
import { isExcludedHost } from '../settings/hostnames';
import type { Settings } from '../settings/schema';
import detectScript from '../../content-scripts/detect.ts?iife';

export const DETECT_SCRIPT_ID = 'lede-detect';
const BADGE_TEXT = '✓';
const BADGE_COLOR = '#2f6f3e';

/** The http(s) host patterns Lede holds right now (optional ones granted, plus any in the manifest). */
async function grantedWebOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => /^(https?|\*):\/\//.test(origin));
}

async function syncRegistration(): Promise<void> {
  const settings = await loadSettings();
  const matches = settings.detection.enabled ? await grantedWebOrigins() : [];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [DETECT_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [DETECT_SCRIPT_ID] });
    await clearAllBadges();
    return;
  }
  const script = { id: DETECT_SCRIPT_ID, matches, js: [detectScript], runAt: 'document_idle' as const, allFrames: false };
  const current = existing[0]?.matches ?? [];
  const unchanged = current.length === matches.length && matches.every((match) => current.includes(match));
  if (existing.length > 0 && unchanged) return;
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
}

/** Registration changes run one at a time: overlapping register calls fail on the duplicate id. */
let pending: Promise<void> = Promise.resolve();
function resync(): void {
  pending = pending.then(syncRegistration).catch((error: unknown) => console.warn('Lede: detection sync failed', error));
}

async function clearAllBadges(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : clearBadge(tab.id))));
}

async function clearBadge(tabId: number): Promise<void> {
  const title = browser.runtime.getManifest().action?.default_title ?? 'Lede';
  await Promise.all([browser.action.setBadgeText({ tabId, text: '' }), browser.action.setTitle({ tabId, title })]).catch(
    () => undefined, // the tab closed meanwhile
  );
}

async function shortcutHint(): Promise<string> {
  const commands = await browser.commands.getAll().catch(() => []);
  const shortcut = commands.find((command) => command.name === '_execute_action')?.shortcut;
  return shortcut ? `press ${shortcut}` : 'click the Lede button';
}

async function showBadge(tabId: number): Promise<void> {
  const title = `Lede: article detected — ${await shortcutHint()}`;
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: BADGE_TEXT }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
    browser.action.setTitle({ tabId, title }),
  ]).catch(() => undefined);
}

/** Whether a page at `url` may carry the badge: web pages only, not on a site the user excluded. */
export function badgeAllowed(url: string | undefined, settings: Settings): boolean {
  if (!settings.detection.enabled || !url) return false;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return false;
    return !isExcludedHost(hostname, settings.detection.excludedSites);
  } catch {
    return false;
  }
}

async function onStatus(readerable: boolean, sender: Runtime.MessageSender): Promise<Reply<void>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || (sender.frameId ?? 0) !== 0) return { ok: true, data: undefined };
  const settings = await loadSettings();
  if (readerable && badgeAllowed(sender.tab?.url ?? sender.url, settings)) await showBadge(tabId);
  else await clearBadge(tabId);
  return { ok: true, data: undefined };
}

/** When the exclusion list grows, tabs already marked on a now-excluded site lose their badge. */
async function clearExcluded(settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) => (tab.id !== undefined && tab.url && !badgeAllowed(tab.url, settings) ? clearBadge(tab.id) : undefined)),
  );
}

export function startNewsPageDetection(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !isEnvelope(message)) return undefined;
    const envelope = message as Envelope<BackgroundRequests>;
    if (envelope.type !== 'reader/status') return undefined;
    return onStatus(envelope.req.readerable === true, sender);
  });
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  subscribeSettings((settings) => {
    resync();
    void clearExcluded(settings);
  });
  // The worker also starts for other reasons (a message, an alarm): make sure the state is right then too.
  resync();
}
