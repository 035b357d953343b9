/** Export the whole library, import a library file or a single pack. A bad file changes nothing. */
import { useState } from 'react';
import { loadLibraryState, mutateLibrary } from '@/lib/library/store/store';
import { exportLibrary, importFile } from '@/lib/library/store/store-io';
import { readBlobUtf8 } from '@/lib/text/utf8';
import { useOptions } from './context';
import { Errors } from './ItemEditor';
import { LogDataView } from './LogDataView';

/** Files beyond this are refused before reading (a pack is at most 2 MB; a library holds a few). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function TransferView() {
  const { t, services } = useOptions();
  const [summary, setSummary] = useState<string[] | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  const doExport = async () => {
    const now = services.now?.() ?? Date.now();
    const state = await loadLibraryState(now);
    services.download(`soothe-library-${new Date(now).toISOString().slice(0, 10)}.json`, JSON.stringify(exportLibrary(state, now), null, 2));
  };

  const doImport = async (file: File | undefined) => {
    setSummary(null);
    setErrors([]);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setErrors([`${file.name}: the file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB)`]);
    let text: string;
    try {
      text = await readBlobUtf8(file);
    } catch (err) {
      return setErrors([err instanceof Error ? err.message : String(err)]);
    }
    let result: ReturnType<typeof importFile> | undefined;
    try {
      await mutateLibrary((s, now) => {
        result = importFile(s, text, now);
        return result.ok ? result.state : s;
      });
    } catch (err) {
      return setErrors([err instanceof Error ? err.message : String(err)]);
    }
    if (!result) return;
    if (result.ok) setSummary(result.summary.length > 0 ? result.summary : [t.importDone]);
    else setErrors(result.errors.map((e) => `${file.name}: ${e}`));
  };

  return (
    <div className="transfer">
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">{t.exportTitle}</h2>
        <p className="muted">{t.exportHelp}</p>
        <button type="button" className="primary" onClick={() => void doExport()}>{t.exportLibrary}</button>
      </section>
      <section className="card" aria-labelledby="import-title">
        <h2 id="import-title">{t.importTitle}</h2>
        <p className="muted">{t.importHelp}</p>
        <label htmlFor="import-file">{t.importFile}</label>{' '}
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            void doImport(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <div aria-live="polite" data-testid="import-status">
          {summary && (
            <ul className="ok">
              {summary.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          )}
          <Errors title={t.importFailed} errors={errors} />
        </div>
      </section>
      {services.log && <LogDataView log={services.log} languages={[t.locale]} />}
    </div>
  );
}
