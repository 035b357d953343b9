import { browser } from 'wxt/browser';
import { defaultPacks, buildLibrary } from '@/lib/library/library';
import { loadLibrary, watchLibrary } from '@/lib/library/store';
import { startPackSync } from '@/lib/library/sync-schedule';
import { openDatabase } from '@/lib/log/db';
import { createHandlers } from '@/lib/messaging/handlers';
import { createPanelHandlers } from '@/lib/messaging/panel-handlers';
import { route, type Handlers } from '@/lib/messaging/router';
import { learnChoiceFromMessage, learnChoices } from '@/lib/panel/analyse';
import { startMaintenance } from '@/lib/background/maintenance';
import { OPEN_SOOTHE_COMMAND, openPanelInActiveTab } from '@/lib/background/open-panel-command';
import { SuggestionService } from '@/lib/suggest/service';
import { loadProfile, watchProfile, type Profile } from '@/lib/settings/profile';
import { registerReplyWithSoothe, replyWithSoothe } from '@/lib/content/selection-launch';
import { handOffStrings } from '@/lib/i18n/handoff';
import { createRadarHandlers } from '@/lib/messaging/radar-handlers';
import { isSeenEventMessage, startRadar } from '@/lib/background/radar';

export default defineBackground(() => {
  const db = openDatabase();
  const suggestions = new SuggestionService(buildLibrary(defaultPacks()));
  // Past choices rank higher next time (unless the user turned that off); read once per service-worker start.
  const learnPastChoices = () =>
    db.events.where('type').equals('template_inserted').toArray().then(
      (events) => suggestions.choices && learnChoices(suggestions.choices, events),
      (err) => console.warn('[Soothe] could not read past choices', err),
    );
  const applyPrivacy = (profile: Profile) => {
    const wasOff = !suggestions.choices;
    suggestions.setRememberChoices(profile.privacy.rememberChoices);
    if (wasOff && suggestions.choices) void learnPastChoices();
  };
  void learnPastChoices();
  loadProfile().then(applyPrivacy, (err) => console.warn('[Soothe] could not read the profile', err));
  watchProfile(applyPrivacy);
  const handlers: Handlers = { ...createHandlers(db), ...createPanelHandlers(db, suggestions), ...createRadarHandlers(db) };
  const radar = startRadar(db); // crisis radar: looks again whenever complaints are seen (lib/background/radar.ts)
  browser.runtime.onMessage.addListener((message: unknown) => {
    learnChoiceFromMessage(suggestions.choices, message);
    if (isSeenEventMessage(message)) radar.poke();
    return route(handlers, message);
  });
  registerReplyWithSoothe(handOffStrings().menuTitle); // "Reply with Soothe" on any page, on request (lib/content/selection-launch.ts)
  // The user's library (installed packs with their edits, own replies) replaces the defaults once read, and on every change.
  loadLibrary().then((library) => suggestions.setLibrary(library), (err) => console.warn('[Soothe] could not read the library', err));
  watchLibrary((library) => suggestions.setLibrary(library));
  startMaintenance(db); // follow-up reminders and retention, on alarms (lib/background/)
  // One key everywhere: the X/Facebook panel for the reply box you are in, else "Reply with Soothe"
  // for the selected text on any other page (the shortcut grants activeTab for that tab).
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_SOOTHE_COMMAND) return;
    void openPanelInActiveTab().then((opened) => (opened ? undefined : replyWithSoothe(tab)));
  });
  startPackSync(); // team packs: checks subscribed pack addresses on an alarm (lib/library/sync-schedule.ts)
});
