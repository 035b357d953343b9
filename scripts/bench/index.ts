/** The single list of benchmark sections run by `npm run bench`. One file per section. */
import { triageBench } from './triage';
import { rulesBench } from './rules';
import type { Bench } from './types';

export const BENCHES: Bench[] = [triageBench, rulesBench];
