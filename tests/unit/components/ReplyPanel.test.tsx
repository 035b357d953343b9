import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ReplyPanel } from '../../../components/ReplyPanel';
import { BUILTIN_REPLIES } from '../../../lib/library/builtin-replies';

const context = { postId: '1', postText: 'Paczka nie dotarła', lang: 'pl' as const };

describe('ReplyPanel', () => {
  it('puts replies in the post\u2019s language first and focuses the first one', () => {
    render(<ReplyPanel context={context} notice={null} onChoose={vi.fn()} onClose={vi.fn()} />);
    const options = screen.getAllByRole('option');
    expect(options[0]!.getAttribute('data-soothe-reply')).toMatch(/^builtin\.pl\./);
    expect(document.activeElement).toBe(options[0]);
    expect(screen.getByText('Polski')).toBeTruthy();
  });

  it('is keyboard-first: arrows move, Enter chooses, Esc closes', async () => {
    const user = userEvent.setup();
    const onChoose = vi.fn();
    const onClose = vi.fn();
    render(<ReplyPanel context={context} notice={null} onChoose={onChoose} onClose={onClose} />);
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}{Enter}');
    const polish = BUILTIN_REPLIES.filter((r) => r.lang === 'pl');
    expect(onChoose).toHaveBeenCalledWith(polish[1]);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('says when the post could not be read, and shows errors', () => {
    render(
      <ReplyPanel
        context={null}
        notice={{ kind: 'error', text: 'Soothe could not put the reply into this editor' }}
        onChoose={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(screen.getByText(/could not read the post/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('could not put the reply');
  });
});
