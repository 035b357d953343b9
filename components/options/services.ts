/**
 * What the options page needs from the browser, behind one interface so component tests can pass
 * fakes: host permission for a pack's origin, the log's settings in the background, file download.
 */
import type { LogSettings } from '@/lib/log/settings';

export interface OptionsServices {
  /** Ask for access to one origin (must run in a click handler). False if refused or unsupported. */
  requestOrigin(origin: string): Promise<boolean>;
  hasOrigin(origin: string): Promise<boolean>;
  /** The handling-time log's settings (retention, hashing, SLA targets, follow-up days), owned by the background. */
  getLogSettings(): Promise<LogSettings>;
  setLogSettings(patch: Partial<LogSettings>): Promise<LogSettings>;
  download(filename: string, content: string): void;
  /** Used for pack downloads; the browser's fetch unless a test passes another. */
  fetch?: typeof fetch;
  now?: () => number;
}
