import { browser } from 'wxt/browser';
import { openDatabase } from '@/lib/log/db';
import { createHandlers } from '@/lib/messaging/handlers';
import { route } from '@/lib/messaging/router';

export default defineBackground(() => {
  const handlers = createHandlers(openDatabase());
  browser.runtime.onMessage.addListener((message: unknown) => route(handlers, message));
});
