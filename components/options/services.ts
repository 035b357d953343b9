/**
 * What the options page needs from the browser, behind one interface so component tests can pass
 * fakes: host permission for a pack's origin, the log's settings in the background, file download.
 */
import type { ImportResult } from '@/lib/log/export';
import type { LogSettings } from '@/lib/log/settings';
import type { RadarSettings } from '@/lib/radar/settings';

/** The handling-time log's data, owned by the background (export, import, delete everything). */
export interface LogDataServices {
  /** Builds the export in the background and downloads it. */
  exportFile(format: 'json' | 'csv', table?: 'cases' | 'events'): Promise<void>;
  importJson(json: string): Promise<ImportResult>;
  deleteAll(): Promise<void>;
}

export interface OptionsServices {
  /** Ask for access to one origin (must run in a click handler). False if refused or unsupported. */
  requestOrigin(origin: string): Promise<boolean>;
  hasOrigin(origin: string): Promise<boolean>;
  /** The handling-time log's settings (retention, hashing, SLA targets, follow-up days), owned by the background. */
  getLogSettings(): Promise<LogSettings>;
  setLogSettings(patch: Partial<LogSettings>): Promise<LogSettings>;
  /** The crisis radar's thresholds and procedure, owned by the background ('radar:settings'). */
  getRadarSettings(): Promise<RadarSettings>;
  setRadarSettings(patch: Partial<RadarSettings>): Promise<RadarSettings>;
  download(filename: string, content: string, mimeType?: string): void;
  /** The log's data; absent in tests that do not need it. */
  log?: LogDataServices;
  /** Used for pack downloads; the browser's fetch unless a test passes another. */
  fetch?: typeof fetch;
  now?: () => number;
}
