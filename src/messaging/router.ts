import type { Envelope, Reply, RequestOf, ResponseOf } from './protocol';
import { isEnvelope } from './protocol';

export type Handlers<M> = { [K in keyof M]: (req: RequestOf<M, K>) => Reply<ResponseOf<M, K>> | Promise<Reply<ResponseOf<M, K>>> };

/**
 * Builds a `runtime.onMessage` listener from a handler table: one entry per message, so a missing handler
 * fails to compile. Messages from other extensions or without our envelope are ignored (the listener returns
 * undefined so other listeners may answer).
 */
export function createRouter<M>(handlers: Handlers<M>, ownId: string) {
  return (message: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (sender.id !== ownId || !isEnvelope(message)) return undefined;
    const envelope = message as Envelope<M>;
    const handler = handlers[envelope.type];
    if (typeof handler !== 'function') return undefined;
    return Promise.resolve().then(() => handler(envelope.req as never));
  };
}
