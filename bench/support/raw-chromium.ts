/**
 * Chromium with Lede loaded, driven over a bare DevTools connection. bench:popup uses this instead of
 * Playwright: Playwright attaches to every new target and holds it until its own setup has run, which in
 * this measurement added tens of milliseconds to the popup it was timing. Here nothing attaches to the popup
 * until it has painted; its timings are read from its own performance marks afterwards.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { CHROMIUM, chromiumArgs, pinInProfile, unpackedExtensionId } from '../../e2e/support/browser.ts';

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export interface RawChromium {
  extensionId: string;
  /** One DevTools command; `sessionId` addresses an attached target. */
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<T>;
  /** Evaluates an expression in an attached target and returns its value (promises awaited). */
  evaluate<T>(sessionId: string, expression: string): Promise<T>;
  /** Attaches to the extension's service worker once and evaluates there. */
  evaluateInWorker<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function launchRawChromium(options: { dist: string; headless: boolean; pinned: boolean; port: number }): Promise<RawChromium> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'lede-bench-profile-'));
  if (options.pinned) await pinInProfile(userDataDir, unpackedExtensionId(options.dist));
  const args = [
    ...(options.headless ? ['--headless'] : []),
    `--user-data-dir=${userDataDir}`,
    '--window-size=1100,800',
    ...chromiumArgs(options.dist, options.port),
    'about:blank',
  ];
  const browser = spawn(CHROMIUM, args, { stdio: 'ignore' });
  let endpoint: string | undefined;
  for (let attempt = 0; attempt < 150 && !endpoint; attempt++) {
    try {
      const version = (await (await fetch(`http://127.0.0.1:${options.port}/json/version`)).json()) as { webSocketDebuggerUrl: string };
      endpoint = version.webSocketDebuggerUrl;
    } catch {
      await sleep(100);
    }
  }
  if (!endpoint) {
    browser.kill();
    throw new Error(`Chromium did not open its DevTools port (${CHROMIUM})`);
  }
  const socket = new WebSocket(endpoint);
  await new Promise((done, fail) => socket.once('open', done).once('error', fail));
  const pending = new Map<number, (reply: Reply) => void>();
  let nextId = 1;
  socket.on('message', (data) => {
    const reply = JSON.parse(String(data)) as Reply;
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
    if (reply.id !== undefined) pending.delete(reply.id);
  });
  const send = async <T>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> => {
    const id = nextId++;
    const reply = await new Promise<Reply>((done) => {
      pending.set(id, done);
      socket.send(JSON.stringify({ id, method, params, sessionId }));
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
  const extensionId = unpackedExtensionId(options.dist);
  let worker: { targetId: string; url: string } | undefined;
  for (let attempt = 0; attempt < 100 && !worker; attempt++) {
    const { targetInfos } = await send<{ targetInfos: { targetId: string; type: string; url: string }[] }>('Target.getTargets');
    worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!worker) await sleep(100);
  }
  if (!worker) throw new Error('Lede did not load (no service worker)');
  const { sessionId: workerSession } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId: worker.targetId, flatten: true });
  // The worker's target can exist before its script has set up the extension API.
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await evaluate<boolean>(workerSession, `typeof chrome === 'object' && !!chrome.action`).catch(() => false)) break;
    await sleep(100);
  }
  return {
    extensionId,
    send,
    evaluate,
    evaluateInWorker: (expression) => evaluate(workerSession, expression),
    close: async () => {
      socket.close();
      browser.kill();
      await new Promise((done) => browser.once('exit', done));
      // Chromium's helper processes can still be writing into the profile for a moment after it exits.
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
