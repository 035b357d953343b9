import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import type { OptionsServices } from '@/components/options/services';
import { libraryItem, loadLibraryState, mutateLibrary } from '@/lib/library/store/store';
import { emptyLibraryState, LOCAL_PACK_ID, newEntry, putEntry } from '@/lib/library/store/store-state';
import { DEFAULT_SETTINGS, type LogSettings } from '@/lib/log/settings';
import { loadProfile } from '@/lib/settings/profile';
import { DEFAULT_RADAR, type RadarSettings } from '@/lib/radar/settings';
import { clone, makePack, template } from '../library/fixtures';
import { fakeServer } from '../library-store/helpers';

const ID = 'com.example.support-en';
const text = (el: Element | null) => el?.textContent ?? '';

function services(over: Partial<OptionsServices> = {}): OptionsServices {
  let log: LogSettings = { ...DEFAULT_SETTINGS };
  let radar: RadarSettings = { ...DEFAULT_RADAR };
  return {
    getRadarSettings: vi.fn(async () => radar),
    setRadarSettings: vi.fn(async (patch: Partial<RadarSettings>) => (radar = { ...radar, ...patch })),
    requestOrigin: vi.fn(async () => false),
    hasOrigin: vi.fn(async () => false),
    getLogSettings: vi.fn(async () => log),
    setLogSettings: vi.fn(async (patch: Partial<LogSettings>) => (log = { ...log, ...patch })),
    download: vi.fn(),
    ...over,
  };
}

/** Install a pack as if imported from a file (the store's own path), before rendering. */
async function installPack(pack = makePack()) {
  await mutateLibrary((s, now) => putEntry(s, pack.id, newEntry(pack, 'file', now)));
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('library', () => {
  it('edits a pack template as an override, with the rule check running on the draft', async () => {
    await installPack();
    const user = userEvent.setup();
    render(<OptionsApp services={services()} languages={['en-GB']} />);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Source' }), ID);
    const row = await screen.findByTestId('item-delivery.late');
    await user.click(within(row).getByRole('button', { name: /^Edit/ }));
    const editor = screen.getByTestId('item-editor');
    expect(text(editor)).toContain('kept as your edit');
    // The id of a pack item is fixed.
    expect((within(editor).getByLabelText('Id') as HTMLInputElement).readOnly).toBe(true);
    const priv = within(editor).getByLabelText('Take it private');
    fireEvent.change(priv, { target: { value: 'It is your fault, you gave us the wrong address.' } });
    const findings = editor.querySelector('[data-testid$="-body-findings"]')!;
    await vi.waitFor(() => expect(findings.querySelector('[data-rule="blame"]')).not.toBeNull());
    expect(text(findings.querySelector('[data-rule="blame"]'))).toContain('your fault');
    // The problem span is marked in the preview.
    expect(text(editor.querySelector('[data-testid$="-body-preview"] mark'))).toContain('your fault');
    fireEvent.change(priv, { target: { value: 'Send us a DM and I will sort it out personally.' } });
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(screen.queryByTestId('item-editor')).toBeNull());
    const state = await loadLibraryState();
    expect(state.packs[ID]!.installed.overrides.templates['delivery.late']!.mine.parts.private).toBe('Send us a DM and I will sort it out personally.');
    expect(state.packs[ID]!.installed.pack.templates[0]!.parts.private).toBe(makePack().templates[0]!.parts.private);
    await vi.waitFor(() => expect(text(screen.getByTestId('item-delivery.late'))).toContain('Edited by you'));
  });

  it('creates a new template in the user\u2019s own pack and shows schema errors instead of saving a bad one', async () => {
    const user = userEvent.setup();
    render(<OptionsApp services={services()} languages={['en']} />);
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    const editor = screen.getByTestId('item-editor');
    const fill = (label: string, value: string) => fireEvent.change(within(editor).getByLabelText(label), { target: { value } });
    fill('Id', 'my.late');
    fill('Title', 'Late, my words');
    fill('Trigger phrases (one per line)', 'where is my parcel');
    fill('Acknowledge and apologise', "I'm so sorry your parcel is late, {{custmer_name}}.");
    fill('Fix or next step', "I'll chase the courier today and send you a delivery date by 5pm.");
    fill('Take it private', 'Send us a DM and I will look into it.');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(text(await within(editor).findByRole('alert'))).toMatch(/parts\.acknowledge: .*unknown variable \{\{custmer_name\}\}/);
    expect((await loadLibraryState()).local.templates).toEqual([]);
    fill('Acknowledge and apologise', "I'm so sorry your parcel is late, {{customer_name}}.");
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    await vi.waitFor(async () => expect((await loadLibraryState()).local.templates.map((t) => t.id)).toEqual(['my.late']));
  });

  it('a new template gets its id from its title and category, unique in the user\u2019s pack, until an id is typed', async () => {
    await mutateLibrary((s) => ({ ...s, local: { ...s.local, templates: [template('billing.charged-twice', { category: 'billing' })] } }));
    const user = userEvent.setup();
    render(<OptionsApp services={services()} languages={['en']} />);
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    const editor = screen.getByTestId('item-editor');
    const id = within(editor).getByLabelText('Id') as HTMLInputElement;
    fireEvent.change(within(editor).getByLabelText('Title'), { target: { value: 'Charged twice!' } });
    expect(id.value).toBe('other.charged-twice');
    await user.selectOptions(within(editor).getByLabelText('Category'), 'billing');
    expect(id.value).toBe('billing.charged-twice-2');
    fireEvent.change(id, { target: { value: 'billing.double' } });
    fireEvent.change(within(editor).getByLabelText('Title'), { target: { value: 'Charged twice again' } });
    expect(id.value).toBe('billing.double');
    expect(screen.getByTestId('unsaved-library')).toBeTruthy();
  });

  it('duplicates a pack template into the user\u2019s own pack and deletes (hides) a pack item', async () => {
    await installPack();
    const user = userEvent.setup();
    render(<OptionsApp services={services()} languages={['en']} />);
    const row = await screen.findByTestId('item-billing.twice');
    await user.click(within(row).getByRole('button', { name: /^Duplicate/ }));
    await vi.waitFor(async () => expect((await loadLibraryState()).local.templates.map((t) => t.id)).toEqual(['billing.twice-copy']));
    // The copy opens in the editor with an editable id.
    expect((within(screen.getByTestId('item-editor')).getByLabelText('Id') as HTMLInputElement).readOnly).toBe(false);
    vi.stubGlobal('confirm', () => true);
    await user.click(within(screen.getByTestId('item-billing.twice')).getByRole('button', { name: /^Delete/ }));
    await vi.waitFor(async () => expect((await loadLibraryState()).packs[ID]!.hidden.templates).toEqual(['billing.twice']));
    vi.unstubAllGlobals();
    await vi.waitFor(() => expect(screen.queryByTestId('item-billing.twice')).toBeNull());
    expect(screen.getByTestId('item-billing.twice-copy').dataset.pack).toBe(LOCAL_PACK_ID);
  });

  it('renders pack text as text, even if stored text were tampered with', async () => {
    const evil = clone(makePack());
    evil.templates[0]!.title = '<img src=x onerror="window.__pwned=1">Late';
    await libraryItem.setValue(putEntry(emptyLibraryState(), ID, newEntry(evil, 'file', 0)));
    render(<OptionsApp services={services()} languages={['en']} />);
    await screen.findAllByTestId('item-delivery.late');
    const row = screen.getAllByTestId('item-delivery.late').find((el) => el.dataset.pack === ID)!;
    expect(text(row)).toContain('<img src=x');
    expect(row.querySelector('img')).toBeNull();
  });

  it('speaks Polish and Greek', async () => {
    render(<OptionsApp services={services()} languages={['pl-PL']} />);
    expect(await screen.findByRole('tab', { name: 'Biblioteka' })).toBeTruthy();
    cleanup();
    render(<OptionsApp services={services()} languages={['el']} />);
    expect(await screen.findByRole('tab', { name: 'Πακέτα' })).toBeTruthy();
    cleanup();
    // Settings' one Save and the crisis radar, in Polish: state, a field, a problem.
    const user = userEvent.setup();
    render(<OptionsApp services={services()} languages={['pl']} initialTab="settings" />);
    expect((await screen.findByTestId('settings-status')).textContent).toBe('Wszystkie zmiany zapisane');
    fireEvent.change(screen.getByLabelText('Osoby skarżące się pod jednym wpisem'), { target: { value: '1' } });
    expect(screen.getByTestId('settings-status').textContent).toBe('Niezapisane zmiany');
    await user.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect(text(screen.getByLabelText('Osoby skarżące się pod jednym wpisem').parentElement)).toContain('liczba całkowita od 2 do 10000');
  });
});

describe('packs', () => {
  it('review mode: shows the waiting version with what it changes, and applies it', async () => {
    const server = fakeServer();
    server.serve(makePack());
    const svc = services({ fetch: server.fetch });
    const user = userEvent.setup();
    render(<OptionsApp services={svc} languages={['en']} initialTab="packs" />);
    fireEvent.change(await screen.findByLabelText('Pack address (https://…)'), { target: { value: 'https://packs.example.com/en.json' } });
    await user.selectOptions(screen.getByLabelText('New versions'), 'review');
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    await vi.waitFor(() => expect(text(screen.getByTestId('subscribe-status'))).toContain('Subscribed to “Example support” 1.0.0'));

    const next = makePack({ version: '1.1.0' });
    next.templates.push(template('returns.label', { category: 'returns' }));
    next.templates = next.templates.filter((t) => t.id !== 'billing.twice');
    next.templates[0]!.parts.fix = "I'll chase the courier today and give you a delivery date within 12 hours.";
    server.serve(next);
    const card = await screen.findByTestId(`pack-${ID}`);
    await user.click(within(card).getByRole('button', { name: 'Check now' }));
    const pending = await within(card).findByTestId('pending-update');
    expect(text(within(pending).getByTestId('diff-added'))).toContain('returns.label');
    expect(text(within(pending).getByTestId('diff-removed'))).toContain('billing.twice');
    // The changed wording, old and new, with the changed words marked.
    const wording = within(pending).getByTestId('wording-delivery.late');
    expect(text(wording)).toContain('Fix or next step');
    expect(text(within(wording).getByTestId('wording-before'))).toContain('within 24 hours.');
    expect(text(within(wording).getByTestId('wording-after'))).toContain('within 12 hours.');
    expect(text(wording.querySelector('del'))).toBe('24');
    expect(text(wording.querySelector('ins'))).toBe('12');
    expect(text(within(card).getByTestId('pack-version'))).toBe('1.0.0');
    expect(text(within(card).getByTestId('check-result'))).toContain('1.1.0 is waiting for your review');
    expect(text(within(card).getByTestId('pack-state'))).toContain('1.1.0 is waiting for your review');
    await user.click(within(pending).getByRole('button', { name: 'Apply update' }));
    await vi.waitFor(() => expect(text(within(screen.getByTestId(`pack-${ID}`)).getByTestId('pack-version'))).toBe('1.1.0'));
    expect(screen.queryByTestId('pending-update')).toBeNull();
    // The card tells its true state: nothing waits any more.
    const after = screen.getByTestId(`pack-${ID}`);
    expect(text(after)).not.toContain('waiting for your review');
    expect(text(within(after).getByTestId('pack-state'))).toBe('Updated from 1.0.0 to 1.1.0.');
    // And back.
    await user.click(within(screen.getByTestId(`pack-${ID}`)).getByRole('button', { name: 'Roll back to 1.0.0' }));
    await vi.waitFor(() => expect(text(within(screen.getByTestId(`pack-${ID}`)).getByTestId('pack-version'))).toBe('1.0.0'));
  });

  it('a host that refuses cross-origin reads: offers to ask for that origin only, then subscribes', async () => {
    const server = fakeServer();
    server.serve(makePack());
    let granted = false;
    const guarded = (async (url: string, init?: RequestInit) => {
      if (!granted) throw new TypeError('Failed to fetch');
      return server.fetch(url, init);
    }) as typeof fetch;
    const requestOrigin = vi.fn(async (origin: string) => {
      granted = origin === 'https://packs.example.com';
      return granted;
    });
    const user = userEvent.setup();
    render(<OptionsApp services={services({ fetch: guarded, requestOrigin })} languages={['en']} initialTab="packs" />);
    fireEvent.change(await screen.findByLabelText('Pack address (https://…)'), { target: { value: 'https://packs.example.com/en.json' } });
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    const grant = await screen.findByRole('button', { name: 'Give Soothe access to https://packs.example.com and try again' });
    expect(text(screen.getByTestId('subscribe-status'))).toContain('Access-Control-Allow-Origin');
    await user.click(grant);
    expect(requestOrigin).toHaveBeenCalledWith('https://packs.example.com');
    await vi.waitFor(() => expect(text(screen.getByTestId('subscribe-status'))).toContain('Subscribed'));
  });

  it('shows a refused update\u2019s error on the pack, with every problem in the details', async () => {
    const server = fakeServer();
    server.serve(makePack());
    const user = userEvent.setup();
    render(<OptionsApp services={services({ fetch: server.fetch })} languages={['en']} initialTab="packs" />);
    fireEvent.change(await screen.findByLabelText('Pack address (https://…)'), { target: { value: 'https://packs.example.com/en.json' } });
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    const card = await screen.findByTestId(`pack-${ID}`);
    const bad = makePack({ version: '2.0.0' });
    bad.templates[0]!.category = 'weather' as never;
    bad.templates[1]!.title = '';
    server.serve(bad);
    await user.click(within(card).getByRole('button', { name: 'Check now' }));
    const error = await within(card).findByTestId('sync-error');
    expect(text(error)).toMatch(/refused: templates\[0\] \(id "delivery.late"\)\.category: .*\(and 1 more problem\)\. Version 1\.0\.0 stays in use/);
    expect(text(within(error).getByRole('group'))).toContain('templates[1]');
    expect(text(within(card).getByTestId('pack-version'))).toBe('1.0.0');
  });
});

describe('settings', () => {
  it('one Save: refuses a malformed phone number and saves nothing, then saves the profile and sends log and radar settings to the background', async () => {
    const svc = services();
    const user = userEvent.setup();
    render(<OptionsApp services={svc} languages={['en']} initialTab="settings" />);
    fireEvent.change(await screen.findByLabelText('Your name'), { target: { value: 'Alex' } });
    expect(screen.getAllByRole('button', { name: 'Save' })).toHaveLength(1);
    expect(text(screen.getByTestId('settings-status'))).toBe('Unsaved changes');
    fireEvent.change(screen.getByLabelText('Phone'), { target: { value: 'call me maybe' } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(text(screen.getByTestId('settings-status'))).toContain('correct'));
    expect(text(screen.getByLabelText('Phone').parentElement)).toContain('digits, spaces');
    expect((await loadProfile()).agentName).toBe('');
    expect(svc.setLogSettings).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Phone'), { target: { value: '+44 800 123 4567' } });
    // The departments below have e-mail fields of their own.
    fireEvent.change(screen.getByLabelText('E-mail', { selector: '#p-email' }), { target: { value: 'help@example.com' } });
    const sla = screen.getByLabelText('Response-time targets (minutes, comma-separated)');
    expect((sla as HTMLInputElement).value).toBe('30, 120, 1440');
    fireEvent.change(sla, { target: { value: '15, 60' } });
    fireEvent.change(screen.getByLabelText('People complaining under one post'), { target: { value: '3' } });
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Save' }));
    });
    await vi.waitFor(async () => expect(await loadProfile()).toMatchObject({ agentName: 'Alex', contact: { email: 'help@example.com' } }));
    expect(svc.setLogSettings).toHaveBeenCalledWith(expect.objectContaining({ slaTargetsMs: [15 * 60_000, 60 * 60_000], followUpDays: 3, retentionDays: null }));
    expect(svc.setRadarSettings).toHaveBeenCalledWith(expect.objectContaining({ threadMinAuthors: 3, procedure: DEFAULT_RADAR.procedure }));
    await vi.waitFor(() => expect(text(screen.getByTestId('settings-status'))).toBe('All changes saved'));
  });

  it('edits the teams inside the one form: starts from the suggested teams, refuses a bad agreed time, saves a decimal comma', async () => {
    const user = userEvent.setup();
    render(<OptionsApp services={services()} languages={['en']} initialTab="settings" />);
    const teams = await screen.findAllByTestId('department');
    expect(teams.map((row) => (row.querySelector('input') as HTMLInputElement).value)).toEqual(['Logistics', 'Billing', 'PR', 'Legal']);
    const hours = document.querySelector<HTMLInputElement>('#d-0-hours')!;
    fireEvent.change(hours, { target: { value: 'soon' } });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(text(screen.getByTestId('settings-status'))).toContain('correct'));
    expect(document.querySelector('#d-0-hours-problem')).not.toBeNull();
    expect((await loadProfile()).departments).toEqual([]);
    fireEvent.change(hours, { target: { value: '2,5' } });
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Save' }));
    });
    await vi.waitFor(async () => expect((await loadProfile()).departments[0]).toMatchObject({ id: 'logistics', agreedMs: 2.5 * 3_600_000 }));
  });

  it('radar thresholds out of range are named beside their field; procedure steps are added, reordered and removed', async () => {
    const svc = services();
    const user = userEvent.setup();
    render(<OptionsApp services={svc} languages={['en']} initialTab="settings" />);
    const growth = await screen.findByLabelText('Times the topic’s usual rate');
    fireEvent.change(growth, { target: { value: '0.5' } });
    fireEvent.change(screen.getByLabelText('People complaining under one post'), { target: { value: '2.5' } });
    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(text(growth.parentElement)).toContain('a number from 1.1 to 1000');
    expect(text(screen.getByLabelText('People complaining under one post').parentElement)).toContain('a whole number from 2 to 10000');
    expect(text(screen.getByLabelText('Step 5').parentElement)).toContain('write the step or remove it');
    expect(svc.setRadarSettings).not.toHaveBeenCalled();
    fireEvent.change(growth, { target: { value: '2,5' } });
    fireEvent.change(screen.getByLabelText('People complaining under one post'), { target: { value: '4' } });
    fireEvent.change(screen.getByLabelText('Step 5'), { target: { value: 'Call the duty manager' } });
    await user.click(screen.getByRole('button', { name: 'Move up: Step 5' }));
    await user.click(screen.getByRole('button', { name: 'Remove step: Step 1' }));
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Save' }));
    });
    expect(svc.setRadarSettings).toHaveBeenCalledWith(expect.objectContaining({
      growthFactor: 2.5,
      threadMinAuthors: 4,
      procedure: ['Post a holding statement', 'Pin an update on the page', 'Call the duty manager', 'Pause scheduled posts'],
    }));
  });

  it('keeps unsaved edits across a tab switch, marks the tab, and asks before the page is left', async () => {
    const user = userEvent.setup();
    render(<OptionsApp services={services()} languages={['en']} initialTab="settings" />);
    fireEvent.change(await screen.findByLabelText('Your name'), { target: { value: 'Kim' } });
    expect(screen.getByTestId('unsaved-settings')).toBeTruthy();
    const leave = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leave);
    expect(leave.defaultPrevented).toBe(true);
    await user.click(screen.getByRole('tab', { name: /Library/ }));
    await user.click(screen.getByRole('tab', { name: /Settings/ }));
    expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Kim');
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Save' }));
    });
    await vi.waitFor(() => expect(screen.queryByTestId('unsaved-settings')).toBeNull());
    const again = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(again);
    expect(again.defaultPrevented).toBe(false);
  });
});

describe('import and export', () => {
  it('exports the library and imports it back; a bad file is refused with the reason', async () => {
    await installPack();
    const svc = services();
    const user = userEvent.setup();
    render(<OptionsApp services={svc} languages={['en']} initialTab="transfer" />);
    await user.click(await screen.findByRole('button', { name: 'Export the whole library' }));
    await vi.waitFor(() => expect(svc.download).toHaveBeenCalled());
    const [filename, content] = (svc.download as ReturnType<typeof vi.fn>).mock.calls[0]! as [string, string];
    expect(filename).toMatch(/^soothe-library-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(content).packs.map((p: { pack: { id: string } }) => p.pack.id)).toContain(ID);

    const input = screen.getByLabelText('Choose a file to import') as HTMLInputElement;
    await user.upload(input, new File(['{"schemaVersion": 1, "id": '], 'broken.json', { type: 'application/json' }));
    await vi.waitFor(() => expect(text(screen.getByTestId('import-status'))).toMatch(/broken\.json: not valid JSON: line 1/));

    const newer = makePack({ version: '1.3.0' });
    await user.upload(input, new File([JSON.stringify(newer)], 'pack.json', { type: 'application/json' }));
    await vi.waitFor(() => expect(text(screen.getByTestId('import-status'))).toContain('Updated "Example support" from 1.0.0 to 1.3.0.'));
    expect((await loadLibraryState()).packs[ID]!.installed.pack.version).toBe('1.3.0');
  });
});
