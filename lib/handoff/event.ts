/** The log event of a hand-off: names the department and its agreed time; never counts as a reply. */
import { newEventId, type CaseContext, type LogEventInput } from '../log/events';
import type { Platform } from '../sites/types';
import type { Department } from './departments';

export function handOffEvent(input: { platform: Platform; postId: string; context: CaseContext; department: Department; at: number; id?: string }): LogEventInput {
  return {
    id: input.id ?? newEventId(),
    type: 'handed_off',
    at: input.at,
    platform: input.platform,
    postId: input.postId,
    context: input.context,
    handOff: { department: input.department.name, agreedMs: input.department.agreedMs },
  };
}
