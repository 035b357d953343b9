/** Background handlers for the in-page panel: thread analysis, suggestions and the live rule check. */
import type { SootheDB } from '../log/db';
import { caseKeyOf } from '../log/events';
import { analyseThread } from '../background/analyse';
import { checkReply } from '../rules';
import { ruleLang } from './rule-lang';
import type { SuggestionService } from '../suggest/service';
import type { Handlers } from './router';
import type { PanelMessageType } from './protocol';

export function createPanelHandlers(db: SootheDB, service: SuggestionService): Pick<Handlers, PanelMessageType> {
  return {
    'panel:analyse': async (req) => {
      const analysis = analyseThread(req, service.ranker);
      const keys = req.posts.map((p) => caseKeyOf(req.platform, p.id)).filter((k): k is string => !!k);
      const cases = keys.length ? await db.cases.where('key').anyOf(keys).toArray() : [];
      const answered = cases.filter((c) => c.firstReplyAt != null).map((c) => c.postId);
      return { ...analysis, answered };
    },
    'rules:check': ({ text, lang, platform }) =>
      checkReply(text, { lang: ruleLang(lang), ...(platform ? { platform } : {}) }),
  };
}
