/** The three languages Soothe speaks, each one typed object (see ../messages.ts). */
import type { Messages } from '../messages';
import type { Locale } from '../stats';
import { el } from './el';
import { en } from './en';
import { pl } from './pl';

export const MESSAGES: Record<Locale, Messages> = { en, pl, el };
