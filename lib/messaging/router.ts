/**
 * Receiving side: the background registers one handler per message type. Unknown messages and
 * handler failures come back as `{ ok: false, error }`, so callers always see what went wrong.
 */
import { isEnvelope, type MessageType, type Reply, type RequestOf, type ResponseOf } from './protocol';

export type Handlers = {
  [T in MessageType]: (payload: RequestOf<T>) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

export async function route(handlers: Partial<Handlers>, message: unknown): Promise<Reply<MessageType> | undefined> {
  if (!isEnvelope(message)) return undefined; // not ours: let other listeners answer
  const handler = handlers[message.type] as ((p: unknown) => unknown) | undefined;
  if (!handler) return { ok: false, error: `Unknown Soothe message "${message.type}"` };
  try {
    return { ok: true, value: (await handler(message.payload)) as ResponseOf<MessageType> };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
