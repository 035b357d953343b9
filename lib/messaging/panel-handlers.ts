/** Background handlers for the in-page panel: thread analysis, suggestions and the live rule check. */
import type { SootheDB } from '../log/db';
import { caseKeyOf } from '../log/events';
import { analyseThread, toView } from '../background/analyse';
import { checkReply } from '../rules';
import { ruleLang } from './rule-lang';
import { brandProfileOf, loadProfile } from '../settings/profile';
import type { SuggestionService } from '../suggest/service';
import type { BrandProfile } from '../triage/relevance';
import type { Handlers } from './router';
import type { PanelMessageType } from './protocol';

/** The brand from the user's profile (storage.local), read per request so a settings change counts at once. */
async function profileBrand(): Promise<BrandProfile | null> {
  return brandProfileOf(await loadProfile());
}

export function createPanelHandlers(
  db: SootheDB,
  service: SuggestionService,
  brandOf: () => Promise<BrandProfile | null> = profileBrand,
): Pick<Handlers, PanelMessageType> {
  return {
    'panel:analyse': async (req) => {
      // Pages do not say who the brand is; the profile does (a request may carry one, e.g. from tests or the CLI).
      const brand = req.brand !== undefined ? req.brand : await brandOf();
      const analysis = analyseThread({ ...req, brand }, service.ranker);
      const keys = req.posts.map((p) => caseKeyOf(req.platform, p.id)).filter((k): k is string => !!k);
      const cases = keys.length ? await db.cases.where('key').anyOf(keys).toArray() : [];
      const answered = cases.filter((c) => c.firstReplyAt != null).map((c) => c.postId);
      return { ...analysis, answered };
    },
    'panel:search': ({ query, langs, platform }) => ({ suggestions: service.search.search(query, { langs, ...(platform ? { platform } : {}) }).map(toView) }),
    'rules:check': ({ text, lang, platform }) =>
      checkReply(text, { lang: ruleLang(lang), ...(platform ? { platform } : {}) }),
  };
}
