/** Background handlers for the in-page panel: thread analysis, suggestions and the live rule check. */
import type { SootheDB } from '../log/db';
import { caseKeyOf } from '../log/events';
import { analyseThread, toView } from '../panel/analyse';
import { checkReply } from '../rules';
import type { Platform } from '../sites/types';
import type { SuggestionService } from '../suggest/service';
import type { Handlers } from './router';
import type { PanelMessageType } from './protocol';

export function createPanelHandlers(db: SootheDB, service: SuggestionService): Pick<Handlers, PanelMessageType> {
  return {
    'panel:analyse': async (req) => {
      const analysis = analyseThread(req, service.ranker);
      const keys = req.posts.map((p) => caseKeyOf(req.platform as Platform, p.id)).filter((k): k is string => !!k);
      const cases = keys.length ? await db.cases.where('key').anyOf(keys).toArray() : [];
      const answered = cases.filter((c) => c.firstReplyAt != null).map((c) => c.postId);
      return { ...analysis, answered };
    },
    'panel:search': ({ query, langs, platform }) => ({ suggestions: service.search.search(query, { langs, ...(platform ? { platform } : {}) }).map(toView) }),
    'rules:check': ({ text, lang, platform }) =>
      checkReply(text, { lang: (['en', 'pl', 'el'].includes(lang) ? lang : 'other') as 'en' | 'pl' | 'el' | 'other', ...(platform ? { platform } : {}) }),
  };
}
