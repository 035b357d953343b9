/**
 * SCRATCH: new crisis-radar words waiting for lib/i18n's one-file-per-locale layout; moved there
 * once it lands, then this file goes.
 */
export const pendingRadarStrings = {
  holdingTitle: 'Holding statements',
  holdingHelp: 'A public update for everyone affected; checked like every reply.',
  insert: 'Insert',
  copy: 'Copy',
  copied: 'Copied.',
  noHolding: 'No holding statement in this language yet: add one in the options page (Library → New template → Use: holding statement).',
};
