/** The handling-time log's data: export (JSON, CSV), import of an export, delete everything. */
import { useState } from 'react';
import { logDataStrings } from '@/lib/i18n/log-data';
import { readBlobUtf8 } from '@/lib/text/utf8';
import { formatRefusal } from '@/lib/log/schema';
import type { LogDataServices } from './services';

export function LogDataView({ log, languages }: { log: LogDataServices; languages?: readonly string[] }) {
  const t = logDataStrings(languages);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);

  const run = async (work: () => Promise<string | null>) => {
    try {
      const text = await work();
      setStatus(text ? { ok: true, text } : null);
    } catch (err) {
      setStatus({ ok: false, text: t.failed(err instanceof Error ? err.message : String(err)) });
    }
  };

  return (
    <section className="card" aria-labelledby="log-data-title">
      <h2 id="log-data-title">{t.title}</h2>
      <p className="muted">{t.help}</p>
      <div className="actions">
        <button type="button" onClick={() => run(() => log.exportFile('json').then(() => null))}>{t.exportJson}</button>
        <button type="button" onClick={() => run(() => log.exportFile('csv', 'cases').then(() => null))}>{t.exportCases}</button>
        <button type="button" onClick={() => run(() => log.exportFile('csv', 'events').then(() => null))}>{t.exportEvents}</button>
      </div>
      <p>
        <label htmlFor="log-import">{t.importLabel}</label>{' '}
        <input
          id="log-import"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void run(async () => {
              const r = await log.importJson(await readBlobUtf8(file));
              const done = t.imported(r.eventsAdded, r.eventsSkipped, r.casesAdded);
              // Refused rows are listed with their row and field; the rest went in.
              return r.refusedCount > 0 ? [done, t.refusedRows(r.refusedCount), ...r.refused.map(formatRefusal)].join('\n') : done;
            });
          }}
        />
      </p>
      <div className="actions">
        {confirming ? (
          <>
            <span role="alert">{t.confirmDelete}</span>
            <button type="button" className="danger" onClick={() => run(async () => (setConfirming(false), await log.deleteAll(), t.deleted))}>
              {t.deleteAll.replace('…', '')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>×</button>
          </>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>{t.deleteAll}</button>
        )}
      </div>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'ok' : 'error'} data-testid="log-data-status" style={{ whiteSpace: 'pre-line' }}>
          {status.text}
        </p>
      )}
    </section>
  );
}
