/** `soothe parse <saved-page.html>`: the threads Soothe reads from a saved X or Facebook page, as JSON. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectSite, SITES, siteByPlatform } from '../../lib/sites/registry';
import type { SiteAdapter } from '../../lib/sites/types';
import { readInput } from '../support/read-input';
import { UsageError, type Command } from './types';

interface Args {
  file: string | undefined;
  site: SiteAdapter | null;
  now: number | undefined;
  brand: string[];
  loggedOut: boolean;
}

function parseArgs(args: string[]): Args {
  const out: Args = { file: undefined, site: null, now: undefined, brand: [], loggedOut: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--site') {
      const v = value();
      out.site = siteByPlatform(v);
      if (!out.site) throw new UsageError(`--site must be ${SITES.map((s) => s.platform).join(' or ')}, not "${v}"`);
    } else if (a === '--now') {
      const v = value();
      const t = Date.parse(v);
      if (!Number.isFinite(t)) throw new UsageError(`--now must be an ISO date-time such as 2025-06-10T12:00:00Z, not "${v}"`);
      out.now = t;
    } else if (a === '--brand') {
      out.brand.push(...value().split(',').map((h) => h.trim()).filter(Boolean));
    } else if (a === '--logged-out') {
      out.loggedOut = true;
    } else if (a.startsWith('--')) {
      throw new UsageError(`unknown option ${a}`);
    } else if (out.file !== undefined) {
      throw new UsageError(`expected one page, got a second: ${a}`);
    } else {
      out.file = a;
    }
  }
  return out;
}

export const parse: Command = {
  name: 'parse',
  summary: 'Read the threads (posts, comments, replies) from a saved X or Facebook page; prints JSON',
  usage: [
    '  soothe parse <saved-page.html | -> [--site x|facebook] [--now ISO] [--brand @handle,...] [--logged-out]',
    '  --site        skip detection (otherwise from the page address or markup)',
    '  --now         the moment relative times ("2h", "tydzień temu") count back from; default: now',
    '  --brand       your own handles; their posts are marked isBrandPost',
    '  --logged-out  also read an X page viewed while signed out (skipped by default)',
    '  Prints {"site": ..., "threads": [...]}; exit 1 when the page holds no thread Soothe can read.',
  ].join('\n'),
  async run(args, io) {
    const opts = parseArgs(args);
    const name = opts.file === '-' ? 'standard input' : opts.file;
    const html = await readInput(opts.file, io.stdin);
    if (!/<(?:!doctype html|html|head|body|div|article|main|section)[\s>]/i.test(html.slice(0, 200_000))) {
      io.stderr.write(`soothe parse: ${name} is not an HTML page (save the page as HTML: "Save page as…, Web page, complete")\n`);
      return 1;
    }
    const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
    const site = opts.site ?? detectSite(doc);
    if (!site) {
      io.stderr.write(`soothe parse: cannot tell which site ${name} is from (neither x.com nor facebook.com); pass --site x or --site facebook\n`);
      return 1;
    }
    const read = { now: opts.now, brandHandles: opts.brand, includeLoggedOut: opts.loggedOut };
    const threads = site.readThreads(doc, read);
    if (threads.length === 0) {
      io.stderr.write(`soothe parse: no ${site.label} threads found in ${name}: ${site.whyNoThreads(doc, read)}\n`);
      return 1;
    }
    io.stdout.write(JSON.stringify({ site: site.platform, threads }, null, 2) + '\n');
    return 0;
  },
};
