/**
 * The editor's live side: the text rendered with sample values (the user's own where set) and the
 * reply-rule checker's findings on it, re-run shortly after typing stops. Pack text is only ever
 * rendered as text; marks are React elements around slices of it.
 */
import { useMemo } from 'react';
import { SAMPLE_VALUES } from '@/lib/library/pack/pack-samples';
import { PACK_PLATFORMS, type PackLanguage, type PackPlatform } from '@/lib/library/pack/pack-schema';
import { renderText, type TemplateValues } from '@/lib/library/pack/render-template';
import { checkReply, type Finding } from '@/lib/rules';
import { strictestSite } from '@/lib/sites/registry';
import { useDebounced } from './hooks';
import { useOptions } from './context';

export interface RulePreviewProps {
  /** Raw text with {{variables}}. */
  source: string;
  lang: PackLanguage;
  platforms?: readonly PackPlatform[];
  /** Values from the profile; empty ones fall back to the samples. */
  values: TemplateValues;
  /** FAQ answers and close-outs need not contain all three parts. */
  partsRequired: boolean;
  label: string;
  id: string;
}

export function RulePreview({ source, lang, platforms, values, partsRequired, label, id }: RulePreviewProps) {
  const { t } = useOptions();
  const settled = useDebounced(source, 250);
  const stale = settled !== source;
  const merged = useMemo(() => {
    const out: TemplateValues = { ...SAMPLE_VALUES[lang] };
    for (const [k, v] of Object.entries(values)) if (v && v.trim()) out[k as keyof TemplateValues] = v;
    return out;
  }, [lang, values]);
  const rendered = useMemo(() => renderText(settled, merged).text, [settled, merged]);
  // Checked against the strictest length limit among the template's sites (every site when it names none).
  const platform = strictestSite(platforms?.length ? platforms : PACK_PLATFORMS)?.platform;
  const findings = useMemo(() => {
    if (!rendered.trim()) return [];
    const report = checkReply(rendered, { lang, platform });
    return report.findings.filter((f) => partsRequired || !f.rule.startsWith('missing-'));
  }, [rendered, lang, platform, partsRequired]);
  const problems = findings.filter((f) => f.severity !== 'info');

  return (
    <section className="rule-preview" aria-labelledby={`${id}-label`}>
      <h4 id={`${id}-label`}>{label}</h4>
      <p className="preview" data-testid={`${id}-preview`} lang={lang}>
        <Highlighted text={rendered} findings={problems} />
      </p>
      <h5>{t.checklist}</h5>
      <div aria-live="polite" data-testid={`${id}-findings`}>
        {stale ? (
          <p className="muted">{t.checking}</p>
        ) : problems.length === 0 ? (
          <p className="ok">✓ {t.allGood}</p>
        ) : null}
        <ul className="findings">
          {findings.map((f, i) => (
            <li key={`${f.rule}-${f.start}-${i}`} className={`finding ${f.severity}`} data-rule={f.rule}>
              <strong>{f.severity === 'info' ? '✓ ' : f.severity === 'error' ? '✗ ' : '! '}{t.ruleNames[f.rule]}</strong>
              {f.severity !== 'info' && <> — {t.ruleHints[f.rule]}</>}
              {f.end > f.start && (
                <>
                  {' '}
                  <q className="span">{rendered.slice(f.start, f.end)}</q>
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

/** The text with problem spans in <mark>; overlapping spans are merged. */
function Highlighted({ text, findings }: { text: string; findings: Finding[] }) {
  const spans = findings
    .filter((f) => f.end > f.start)
    .map((f) => [f.start, f.end] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  const parts: React.ReactNode[] = [];
  let at = 0;
  merged.forEach(([start, end], i) => {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={i}>{text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
