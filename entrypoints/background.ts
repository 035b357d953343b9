import { browser } from 'wxt/browser';
import { defaultPacks, buildLibrary } from '@/lib/library/library';
import { openDatabase } from '@/lib/log/db';
import { createHandlers } from '@/lib/messaging/handlers';
import { createPanelHandlers } from '@/lib/messaging/panel-handlers';
import { route, type Handlers } from '@/lib/messaging/router';
import { learnChoices } from '@/lib/panel/analyse';
import { SuggestionService } from '@/lib/suggest/service';

export default defineBackground(() => {
  const db = openDatabase();
  const suggestions = new SuggestionService(buildLibrary(defaultPacks()));
  // Past choices rank higher next time; read once per service-worker start.
  db.events.where('type').equals('template_inserted').toArray().then(
    (events) => learnChoices(suggestions.history, events),
    (err) => console.warn('[Soothe] could not read past choices', err),
  );
  const handlers: Handlers = { ...createHandlers(db), ...createPanelHandlers(db, suggestions) };
  browser.runtime.onMessage.addListener((message: unknown) => route(handlers, message));
});
