/**
 * What a panel controller offers for hand-off. Optional on purpose: the panel shows its hand-off
 * section only for controllers that can log one (lib/content/selection-controller.ts does).
 */
import type { Notice } from '../content/site/ui-store';
import type { Department } from './departments';

export interface HandOffOutcome {
  /** Whether the hand-off event reached the log. */
  logged: boolean;
  notice: Notice;
  /** The case's link, for the summary. */
  url: string | null;
}

export interface HandOffCapable {
  handOff(key: string, department: Department): Promise<HandOffOutcome>;
}

export function canHandOff(c: object): c is HandOffCapable {
  return typeof (c as Partial<HandOffCapable>).handOff === 'function';
}
