/** The single list of benchmark sections run by `npm run bench`. One file per section. */
import { triageBench } from './triage';
import { logBench } from './log';
import { suggestBench } from './suggest';
import { rulesBench } from './rules';
import { parseBench } from './parse';
import { pageBench } from './page';
import { popupBench } from './popup';
import { cliBench } from './cli';
import type { Bench } from './types';

export const BENCHES: Bench[] = [suggestBench, triageBench, logBench, rulesBench, parseBench, pageBench, popupBench, cliBench];
