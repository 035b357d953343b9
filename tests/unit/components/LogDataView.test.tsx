import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LogDataView } from '../../../components/options/LogDataView';
import type { LogDataServices } from '../../../components/options/services';

function fakeLog(over: Partial<LogDataServices> = {}): LogDataServices {
  return {
    exportFile: vi.fn(async () => {}),
    importJson: vi.fn(async () => ({ eventsAdded: 5, eventsSkipped: 2, casesAdded: 3, casesMerged: 1, refused: [], refusedCount: 0 })),
    deleteAll: vi.fn(async () => {}),
    ...over,
  };
}

describe('LogDataView', () => {
  it('exports JSON and both CSV tables', async () => {
    const log = fakeLog();
    render(<LogDataView log={log} languages={['en']} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export (JSON)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export complaints (CSV)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export events (CSV)' }));
    expect(vi.mocked(log.exportFile).mock.calls).toEqual([['json'], ['csv', 'cases'], ['csv', 'events']]);
  });

  it('imports a file and says what was merged', async () => {
    const log = fakeLog();
    render(<LogDataView log={log} languages={['en']} />);
    const file = new File(['{"format":"soothe-log"}'], 'log.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import a Soothe log export (JSON)'), { target: { files: [file] } });
    expect((await screen.findByTestId('log-data-status')).textContent).toBe('Imported 5 events (2 already here) and 3 new complaints.');
    expect(log.importJson).toHaveBeenCalledWith('{"format":"soothe-log"}');
  });

  it('shows a refused import as an error', async () => {
    const log = fakeLog({ importJson: vi.fn(async () => { throw new Error('Not a Soothe log export.'); }) });
    render(<LogDataView log={log} languages={['en']} />);
    fireEvent.change(screen.getByLabelText('Import a Soothe log export (JSON)'), { target: { files: [new File(['x'], 'x.json')] } });
    expect((await screen.findByTestId('log-data-status')).textContent).toContain('Not a Soothe log export.');
  });

  it('deletes everything only after a second, explicit confirmation', async () => {
    const log = fakeLog();
    render(<LogDataView log={log} languages={['en']} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    expect(log.deleteAll).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('cannot be undone');
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await waitFor(() => expect(log.deleteAll).toHaveBeenCalledTimes(1));
    expect((await screen.findByTestId('log-data-status')).textContent).toBe('The log is empty.');
  });
});
