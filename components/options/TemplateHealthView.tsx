/**
 * Template health (lib/health): per template, times used, median edit ratio, share largely rewritten,
 * complaints after the reply, and the phrases most often added or deleted; never-chosen templates;
 * sortable, per language. Exports the team file (counts and ratios only) and reads several teammates'
 * files into one team picture beside the pack versions each was made with.
 */
import { useContext, useEffect, useMemo, useState } from 'react';
import { healthStrings } from '@/lib/i18n/health';
import { parseHealthExport, teamHealth, type HealthExport, type TemplateHealth, type TemplateHealthRow } from '@/lib/health/report';
import { send } from '@/lib/messaging/client';
import { OptionsContext } from './context';

type SortKey = 'template' | 'used' | 'sent' | 'median' | 'rewritten' | 'followUps';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

const sortValue: Record<SortKey, (r: TemplateHealthRow) => number | string> = {
  template: (r) => r.title ?? r.templateId,
  used: (r) => r.used,
  sent: (r) => r.sent,
  median: (r) => r.medianEditRatio ?? -1,
  rewritten: (r) => r.rewrittenShare ?? -1,
  followUps: (r) => r.followUpShare ?? -1,
};

/** Module-level, so the default is the same function every render (a new one would re-run the effect forever). */
const loadHealth = () => send('health:report', {});

export function TemplateHealthView({ load = loadHealth }: { load?: () => Promise<{ health: TemplateHealth; export: HealthExport }> }) {
  // The options page's language; English when shown outside it.
  const h = healthStrings(useContext(OptionsContext)?.t.locale);
  const [data, setData] = useState<{ health: TemplateHealth; export: HealthExport } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lang, setLang] = useState('all');
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'used', desc: true });
  const [team, setTeam] = useState<Array<{ name: string; file: HealthExport }>>([]);
  const [importError, setImportError] = useState<string | null>(null);
  useEffect(() => {
    load().then(setData, (err: Error) => setError(err.message));
  }, [load]);
  const langs = useMemo(() => [...new Set((data?.health.rows ?? []).map((r) => r.lang).concat((data?.health.neverChosen ?? []).map((t) => t.lang)))].sort(), [data]);
  const rows = useMemo(() => {
    const list = (data?.health.rows ?? []).filter((r) => lang === 'all' || r.lang === lang);
    const v = sortValue[sort.key];
    return [...list].sort((a, b) => {
      const x = v(a);
      const y = v(b);
      const c = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
      return sort.desc ? -c : c;
    });
  }, [data, lang, sort]);
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!data) return <p className="muted">{h.loading}</p>;
  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="link" data-testid={`health-sort-${key}`} onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : key !== 'template' }))}>
        {label}
        {sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  const download = () => {
    const blob = new Blob([JSON.stringify(data.export, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `soothe-template-health-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const addFiles = async (files: FileList | null) => {
    setImportError(null);
    const next = [...team];
    for (const f of Array.from(files ?? [])) {
      try {
        next.push({ name: f.name, file: parseHealthExport(await f.text(), f.name) });
      } catch (err) {
        setImportError((err as Error).message);
      }
    }
    setTeam(next);
  };
  const neverChosen = data.health.neverChosen.filter((t) => lang === 'all' || t.lang === lang);
  const teamRows = teamHealth(team.map((t) => t.file)).filter((r) => lang === 'all' || r.lang === lang);
  return (
    <section className="template-health" data-testid="template-health">
      <h2>{h.title}</h2>
      <p className="muted">{h.intro}</p>
      <label>
        {h.language}{' '}
        <select value={lang} onChange={(e) => setLang(e.target.value)} data-testid="health-lang">
          <option value="all">{h.all}</option>
          {langs.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      {rows.length === 0 ? (
        <p>{h.none}</p>
      ) : (
        <table data-testid="health-table">
          <thead>
            <tr>
              {header('template', h.columns.template)}
              {header('used', h.columns.used)}
              {header('sent', h.columns.sent)}
              {header('median', h.columns.median)}
              {header('rewritten', h.columns.rewritten)}
              {header('followUps', h.columns.followUps)}
              <th>{h.columns.added}</th>
              <th>{h.columns.deleted}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.lang}:${r.templateId}`} data-testid="health-row" data-template={r.templateId} data-lang={r.lang}>
                <td>
                  {r.title ?? r.templateId} <span className="muted">({r.lang})</span>
                </td>
                <td>{r.used}</td>
                <td>{r.sent}</td>
                <td data-testid="health-median">{pct(r.medianEditRatio)}</td>
                <td>{pct(r.rewrittenShare)}</td>
                <td>{pct(r.followUpShare)}</td>
                <td>{r.added.map((p) => `${p.phrase} (${p.count})`).join(', ')}</td>
                <td>{r.deleted.map((p) => `${p.phrase} (${p.count})`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {neverChosen.length > 0 && (
        <details data-testid="health-never">
          <summary>
            {h.neverChosen} ({neverChosen.length})
          </summary>
          <ul>
            {neverChosen.map((t) => (
              <li key={`${t.packId}:${t.id}`}>
                {t.title} <span className="muted">({t.lang}, {t.id})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <p>
        <button type="button" onClick={download} data-testid="health-export">
          {h.export}
        </button>{' '}
        <span className="muted">{h.exportNote}</span>
      </p>
      <h3>{h.team}</h3>
      <label>
        {h.import} <input type="file" accept="application/json,.json" multiple onChange={(e) => void addFiles(e.target.files)} data-testid="health-import" />
      </label>
      {importError && <p className="error" role="alert">{importError}</p>}
      {team.length > 0 && (
        <>
          <p>
            {h.teamFiles(team.length)} — {h.packs}: {team.map((t) => `${t.name}: ${t.file.packs.map((p) => `${p.id} ${p.version}`).join(', ')}`).join(' · ')}
          </p>
          <table data-testid="health-team">
            <thead>
              <tr>
                <th>{h.columns.template}</th>
                <th>{h.columns.used}</th>
                <th>{h.people}</th>
                <th>{h.medians}</th>
                <th>{h.columns.rewritten}</th>
                <th>{h.columns.followUps}</th>
                <th>{h.neverChosenBy}</th>
              </tr>
            </thead>
            <tbody>
              {teamRows.map((r) => (
                <tr key={`${r.lang}:${r.templateId}`}>
                  <td>
                    {r.templateId} <span className="muted">({r.lang})</span>
                  </td>
                  <td>{r.used}</td>
                  <td>{r.people}</td>
                  <td>{r.medians.map((m) => pct(m)).join(', ') || '—'}</td>
                  <td>{pct(r.rewrittenShare)}</td>
                  <td>{r.followUps}</td>
                  <td>{r.neverChosenBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
