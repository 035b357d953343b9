/**
 * Where Soothe's content scripts run. The only standing host access the extension has.
 * Kept here (not in the entrypoints) so the manifest check in the e2e tests reads the same list.
 */
export const X_MATCHES = [
  'https://x.com/*',
  'https://mobile.x.com/*',
  'https://twitter.com/*',
  'https://mobile.twitter.com/*',
];

export const FACEBOOK_MATCHES = [
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://m.facebook.com/*',
];
