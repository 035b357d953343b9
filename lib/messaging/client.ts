/** Sending side of the messaging layer: content scripts, popup and options call `send`. */
import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from './protocol';

export class MessagingError extends Error {
  override name = 'MessagingError';
}

export async function send<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { soothe: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
  if (!reply) throw new MessagingError(`No answer from the Soothe background for "${type}"`);
  if (!reply.ok) throw new MessagingError(reply.error);
  return reply.value;
}
