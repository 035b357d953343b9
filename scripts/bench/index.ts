/** The single list of benchmark sections run by `npm run bench`. One file per section. */
import type { Bench } from './types';

export const BENCHES: Bench[] = [];
