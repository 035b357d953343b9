/**
 * Receiving side: the background registers one handler per message type. Each message is first checked
 * against the sender policy (MESSAGE_POLICY in protocol.ts): a content script asking for what only
 * Soothe's own pages may ask is refused before any handler runs. Unknown messages and handler failures
 * come back as `{ ok: false, error }`, so callers always see what went wrong.
 */
import { allowed, isEnvelope, MESSAGE_POLICY, type MessageType, type Reply, type RequestOf, type ResponseOf, type Sender } from './protocol';

export type Handlers = {
  [T in MessageType]: (payload: RequestOf<T>) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

export async function route(handlers: Partial<Handlers>, message: unknown, from: Sender): Promise<Reply<MessageType> | undefined> {
  if (!isEnvelope(message)) return undefined; // not ours: let other listeners answer
  const known = Object.hasOwn(MESSAGE_POLICY, message.type) && Object.hasOwn(handlers, message.type);
  const handler = known ? (handlers[message.type] as (p: unknown) => unknown) : undefined;
  if (!handler) return { ok: false, error: `Unknown Soothe message "${message.type}"` };
  if (!allowed(message.type, from)) return { ok: false, error: `Soothe refused "${message.type}": only Soothe's own pages (popup, options) may send it.` };
  try {
    return { ok: true, value: (await handler(message.payload)) as ResponseOf<MessageType> };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
