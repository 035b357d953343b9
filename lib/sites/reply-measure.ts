/**
 * How long a reply is as each site counts it. Kept apart from the adapters on purpose: X's counting
 * needs twitter-text, whose bundled core-js finds the global object with Function() — refused by
 * Firefox's content-script CSP, which stopped Soothe on every page there. So the content scripts
 * never import this file; the rule checker (background) and the pack tools (options page, CLI) do.
 */
import { measureFacebookReply } from './facebook/reply-length';
import type { ReplyMeasure, SitePlatform } from './types';
import { measureXReply } from './x/reply-measure';

const MEASURES: Record<SitePlatform, ReplyMeasure> = { x: measureXReply, facebook: measureFacebookReply };

/** The reply's length as `platform` counts it and where the part over its limit starts; null off the sites. */
export function measureReply(platform: string, text: string): { length: number; overAt: number } | null {
  return Object.hasOwn(MEASURES, platform) ? MEASURES[platform as SitePlatform](text) : null;
}
