/**
 * Length over the site's limit. Each site's adapter declares its limit and how it counts
 * (lib/sites/<site>/reply-length.ts: X's weighted length, Facebook's characters); other pages have none.
 */
import { siteByPlatform } from '../../sites/registry';
import { HINTS } from '../hints';
import type { Finding, Platform } from '../types';

export function checkLength(text: string, platform: Platform | undefined): Finding | null {
  const rule = platform ? siteByPlatform(platform)?.replyLength : undefined;
  if (!rule) return null;
  const { length, overAt } = rule.measure(text);
  if (length <= rule.limit) return null;
  return { rule: 'too-long', severity: 'error', start: overAt, end: text.length, hint: `${HINTS['too-long']} (${length}/${rule.limit})`, values: { length, limit: rule.limit } };
}
