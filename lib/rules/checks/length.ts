/**
 * Length over the site's limit. Each site's adapter declares its limit (lib/sites/<site>/reply-length.ts)
 * and lib/sites/reply-measure.ts counts as the site does (X's weighted length, Facebook's characters);
 * other pages have none.
 */
import { siteByPlatform } from '../../sites/registry';
import { measureReply } from '../../sites/reply-measure';
import { HINTS } from '../hints';
import type { Finding, Platform } from '../types';

export function checkLength(text: string, platform: Platform | undefined): Finding | null {
  const rule = platform ? siteByPlatform(platform)?.replyLength : undefined;
  const measured = platform ? measureReply(platform, text) : null;
  if (!rule || !measured) return null;
  const { length, overAt } = measured;
  if (length <= rule.limit) return null;
  return { rule: 'too-long', severity: 'error', start: overAt, end: text.length, hint: `${HINTS['too-long']} (${length}/${rule.limit})`, values: { length, limit: rule.limit } };
}
