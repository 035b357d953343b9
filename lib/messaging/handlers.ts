/** The background's message handlers: the only code that touches the database on behalf of others. */
import type { SootheDB } from '../log/db';
import { recordInsertion, summarise } from '../log/insertions';
import type { Handlers } from './router';

export function createHandlers(db: SootheDB): Handlers {
  return {
    'log:insertion': async (rec) => ({ id: await recordInsertion(db, rec) }),
    'stats:summary': () => summarise(db),
  };
}
