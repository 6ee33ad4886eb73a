/**
 * Chromium with Lede loaded, driven over a bare DevTools connection. bench:popup uses this instead of
 * Playwright: Playwright attaches to every new target and holds it until its own setup has run, which in
 * this measurement added tens of milliseconds to the popup it was timing. Here nothing attaches to the popup
 * until it has painted; its timings are read from its own performance marks afterwards.
 *
 * The connection is a pipe (`--remote-debugging-pipe`), which may click an extension's toolbar button
 * (Extensions.triggerAction, with `--enable-unsafe-extension-debugging`): the same action a person's click
 * runs, activeTab included.
 */
import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, chromiumArgs, pinInProfile, TAB_TARGETS, tabTargetShowing, unpackedExtensionId } from '../../e2e/support/browser.ts';
import type { TabTarget } from '../../e2e/support/browser.ts';

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

interface TargetInfo extends TabTarget {
  type: string;
}

export interface RawChromium {
  extensionId: string;
  /** One DevTools command; `sessionId` addresses an attached target. */
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<T>;
  /** Evaluates an expression in an attached target and returns its value (promises awaited). */
  evaluate<T>(sessionId: string, expression: string): Promise<T>;
  /** Evaluates in the extension's service worker (attached once, at launch). */
  evaluateInWorker<T>(expression: string): Promise<T>;
  /**
   * Clicks the extension's toolbar button on the tab showing the page target `pageTargetId`; resolves to the
   * epoch ms at which the click was sent.
   */
  clickToolbarButton(pageTargetId: string): Promise<number>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function launchRawChromium(options: { dist: string; headless: boolean; pinned: boolean }): Promise<RawChromium> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'lede-bench-profile-'));
  if (options.pinned) await pinInProfile(userDataDir, unpackedExtensionId(options.dist));
  const args = [
    ...(options.headless ? ['--headless'] : []),
    `--user-data-dir=${userDataDir}`,
    '--window-size=1100,800',
    '--remote-debugging-pipe',
    ...chromiumArgs(options.dist),
    'about:blank',
  ];
  // DevTools reads commands from fd 3 and writes replies to fd 4, each message ending in a NUL byte.
  const browser = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const toBrowser = browser.stdio[3] as Writable;
  const fromBrowser = browser.stdio[4] as Readable;
  const pending = new Map<number, (reply: Reply) => void>();
  let nextId = 1;
  let buffered = '';
  fromBrowser.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const reply = JSON.parse(buffered.slice(0, end)) as Reply;
      buffered = buffered.slice(end + 1);
      if (reply.id === undefined) continue;
      pending.get(reply.id)?.(reply);
      pending.delete(reply.id);
    }
  });
  const send = async <T>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> => {
    const id = nextId++;
    const reply = await new Promise<Reply>((done) => {
      pending.set(id, done);
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result as T;
  };
  const evaluate = async <T>(sessionId: string, expression: string): Promise<T> => {
    const { result, exceptionDetails } = await send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    );
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  };
  const targets = async (filter?: Record<string, unknown>[]) =>
    (await send<{ targetInfos: TargetInfo[] }>('Target.getTargets', filter ? { filter } : {})).targetInfos;
  const extensionId = unpackedExtensionId(options.dist);

  const attachWorker = async (): Promise<string> => {
    let worker: TargetInfo | undefined;
    for (let attempt = 0; attempt < 100 && !worker; attempt++) {
      worker = (await targets()).find((target) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`));
      if (!worker) await sleep(100);
    }
    if (!worker) throw new Error('Lede did not load (no service worker)');
    const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId: worker.targetId, flatten: true });
    // The worker's target can exist before its script has set up the extension API.
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await evaluate<boolean>(sessionId, `typeof chrome === 'object' && !!chrome.action`).catch(() => false)) break;
      await sleep(100);
    }
    return sessionId;
  };
  let workerSession: string;
  try {
    workerSession = await attachWorker();
  } catch (error) {
    browser.kill();
    throw error;
  }

  return {
    extensionId,
    send,
    evaluate,
    evaluateInWorker: (expression) => evaluate(workerSession, expression),
    clickToolbarButton: async (pageTargetId) => {
      const [pageInfo, tabs] = await Promise.all([
        send<{ targetInfo: TargetInfo }>('Target.getTargetInfo', { targetId: pageTargetId }),
        targets(TAB_TARGETS),
      ]);
      const tabTargetId = tabTargetShowing(tabs, pageInfo.targetInfo.url);
      const sentAt = performance.timeOrigin + performance.now();
      await send('Extensions.triggerAction', { id: extensionId, targetId: tabTargetId });
      return sentAt;
    },
    close: async () => {
      browser.kill();
      await new Promise((done) => browser.once('exit', done));
      // Chromium's helper processes can still be writing into the profile for a moment after it exits.
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
