import { browser } from 'wxt/browser';
import { defaultPacks, buildLibrary } from '@/lib/library/store/library';
import { loadLibrary, watchLibrary } from '@/lib/library/store/store';
import { startPackSync } from '@/lib/library/sync/sync-schedule';
import { openDatabase } from '@/lib/log/db';
import type { LogEventInput } from '@/lib/log/events';
import { resumeHashing } from '@/lib/log/privacy';
import { createHandlers } from '@/lib/messaging/handlers';
import { createPanelHandlers } from '@/lib/messaging/panel-handlers';
import { route, type Handlers } from '@/lib/messaging/router';
import { classifySender } from '@/lib/messaging/sender';
import { learnChoices, learnFromRecorded } from '@/lib/background/analyse';
import { startMaintenance } from '@/lib/background/maintenance';
import { OPEN_SOOTHE_COMMAND, openPanelInActiveTab } from '@/lib/background/open-panel-command';
import { SuggestionService } from '@/lib/suggest/service';
import { loadProfile, watchProfile, type Profile } from '@/lib/settings/profile';
import { registerReplyWithSoothe, replyWithSoothe, retitleReplyWithSoothe } from '@/lib/background/selection-launch';
import { uiLocale } from '@/lib/settings/ui-language';
import { handOffStrings } from '@/lib/i18n/handoff';
import { createRadarHandlers } from '@/lib/messaging/radar-handlers';
import { startRadar } from '@/lib/background/radar';
import { openWelcomeOnInstall } from '@/lib/background/welcome';

export default defineBackground(() => {
  openWelcomeOnInstall(); // first run: the welcome page (lib/background/welcome.ts); registered first, before the install event is delivered
  const db = openDatabase();
  const suggestions = new SuggestionService(buildLibrary(defaultPacks()));
  // Past choices rank higher next time (unless the user turned that off); read once per service-worker start.
  const learnPastChoices = () =>
    db.events.where('type').equals('template_inserted').toArray().then(
      (events) => suggestions.choices && learnChoices(suggestions.choices, events),
      (err) => console.warn('[Soothe] could not read past choices', err),
    );
  const applyProfile = (profile: Profile) => {
    applyPrivacy(profile);
    retitleReplyWithSoothe(handOffStrings([uiLocale(profile.uiLanguage)]).menuTitle); // "Language of Soothe" applies to the menu too
  };
  const applyPrivacy = (profile: Profile) => {
    const wasOff = !suggestions.choices;
    suggestions.setRememberChoices(profile.privacy.rememberChoices);
    if (wasOff && suggestions.choices) void learnPastChoices();
  };
  void learnPastChoices();
  loadProfile().then(applyProfile, (err) => console.warn('[Soothe] could not read the profile', err));
  watchProfile(applyProfile);
  const radar = startRadar(db); // crisis radar: looks again whenever complaints are seen (lib/background/radar.ts)
  // A choice counts once it is in the log: learnt from the recorded event, never from a raw message or a retry.
  const onRecorded = (event: LogEventInput) => {
    learnFromRecorded(suggestions.choices, event);
    if (event.type === 'seen') radar.poke();
  };
  const handlers: Handlers = { ...createHandlers(db, Date.now, { onRecorded }), ...createPanelHandlers(db, suggestions), ...createRadarHandlers(db) };
  // Who sent it decides what it may ask (MESSAGE_POLICY in lib/messaging/protocol.ts).
  const self = { id: browser.runtime.id, base: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender) => route(handlers, message, classifySender(sender, self)));
  registerReplyWithSoothe(handOffStrings().menuTitle); // "Reply with Soothe" on any page, on request (lib/background/selection-launch.ts)
  // The user's library (installed packs with their edits, own replies) replaces the defaults once read, and on every change.
  loadLibrary().then((library) => suggestions.setLibrary(library), (err) => console.warn('[Soothe] could not read the library', err));
  watchLibrary((library) => suggestions.setLibrary(library));
  void resumeHashing(db).catch((err) => console.warn('[Soothe] could not finish hashing author handles', err)); // lib/log/privacy.ts
  startMaintenance(db); // follow-up reminders and retention, on alarms (lib/background/)
  // One key everywhere: the X/Facebook panel for the reply box you are in, else "Reply with Soothe"
  // for the selected text on any other page (the shortcut grants activeTab for that tab).
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== OPEN_SOOTHE_COMMAND) return;
    void openPanelInActiveTab().then((opened) => (opened ? undefined : replyWithSoothe(tab)));
  });
  startPackSync(); // team packs: checks subscribed pack addresses on an alarm (lib/library/sync/sync-schedule.ts)
});
