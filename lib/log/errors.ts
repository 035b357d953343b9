/**
 * Failures of the log, typed so callers can tell the user what happened. A refused write is never
 * swallowed: it becomes a LogWriteError whose message is fit to show as is.
 */
export type LogFailureKind = 'quota' | 'unavailable' | 'unknown';

const USER_MESSAGES: Record<LogFailureKind, string> = {
  quota:
    'Soothe could not save to its log: the browser refused more storage (disk full or quota reached). Free some disk space or export and delete old data; until then new events are not recorded.',
  unavailable:
    'Soothe could not open its log (the browser blocked or closed the database). Restart the browser; until then new events are not recorded.',
  unknown: 'Soothe could not save to its log; this event was not recorded.',
};

export class LogWriteError extends Error {
  override name = 'LogWriteError';
  constructor(
    readonly kind: LogFailureKind,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(kind === 'unknown' ? `${USER_MESSAGES.unknown} (${detail})` : USER_MESSAGES[kind], options);
  }
}

/** A malformed event or import: the sender's fault, not the disk's. */
export class LogInputError extends Error {
  override name = 'LogInputError';
}

function names(err: unknown): string[] {
  const out: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const x = e as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    if (typeof x.name === 'string') out.push(x.name);
    if (typeof x.message === 'string') out.push(x.message);
    e = x.inner ?? x.cause;
  }
  return out;
}

/** Dexie wraps the DOMException (sometimes inside an AbortError); look through the chain. */
export function toLogWriteError(err: unknown): LogWriteError | LogInputError {
  if (err instanceof LogWriteError || err instanceof LogInputError) return err;
  const chain = names(err);
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  if (chain.some((s) => /quota/i.test(s))) return new LogWriteError('quota', detail, { cause: err });
  if (chain.some((s) => /^(InvalidStateError|DatabaseClosedError|OpenFailedError|VersionError|UnknownError|MissingAPIError)$/.test(s)))
    return new LogWriteError('unavailable', detail, { cause: err });
  return new LogWriteError('unknown', detail, { cause: err });
}
