import { describe, expect, it } from 'vitest';
import { renderTemplate, renderText, templateVariables } from '../../../lib/library/pack/render-template';
import { template } from './fixtures';

describe('renderText', () => {
  it('fills every variable it has a value for', () => {
    const r = renderText('Hi {{customer_name}}, call {{ phone }} about {{case_ref}}.', { customer_name: 'Ola', phone: '800 100 200', case_ref: 'C-1' });
    expect(r).toEqual({ text: 'Hi Ola, call 800 100 200 about C-1.', missing: [] });
  });

  it('lists missing variables once each, in order of first use, and leaves no placeholder behind', () => {
    const r = renderText('Hi {{customer_name}}, your engineer comes {{eta}}. Thanks, {{customer_name}}!', { eta: 'tomorrow 8–12' });
    expect(r.missing).toEqual(['customer_name']);
    expect(r.text).toBe('Hi, your engineer comes tomorrow 8–12. Thanks!');
    expect(r.text).not.toMatch(/\{\{|\}\}/);
  });

  it('treats blank values as missing', () => {
    expect(renderText('Mail {{email}} now', { email: '   ' })).toEqual({ text: 'Mail now', missing: ['email'] });
  });

  it('tidies a gap at the start of a line and a dangling dash', () => {
    expect(renderText('{{customer_name}}, sorry about this.', {}).text).toBe('Sorry about this.');
    expect(renderText('Thanks — {{agent_name}}', {}).text).toBe('Thanks');
    expect(renderText('Line one {{signature}}\n{{signature}}\nLine three', {}).text).toBe('Line one\n\nLine three');
  });

  it('inserts a value literally, never expanding placeholders inside it', () => {
    const r = renderText('Hi {{customer_name}}', { customer_name: '{{brand}}', brand: 'Acme' });
    expect(r.text).not.toContain('Acme');
    expect(r.text).not.toMatch(/\{\{|\}\}/);
  });

  it('drops malformed braces rather than showing them', () => {
    expect(renderText('DM us {{dm_link} or {{ now', { dm_link: 'x' }).text).not.toMatch(/\{\{|\}\}/);
  });
});

describe('renderTemplate', () => {
  const t = template('a', {
    parts: {
      acknowledge: 'Sorry, {{customer_name}}.',
      fix: 'Refund {{eta}}.',
      private: 'DM us: {{dm_link}}',
      closeOut: 'All sorted, {{customer_name}}.',
      followUp: 'How is it going? {{signature}}',
    },
  });

  it('renders the body from the parts, and the close-out and follow-up on request', () => {
    const values = { customer_name: 'Sam', eta: 'today', dm_link: 'https://x.com/dm', signature: 'Alex' };
    expect(renderTemplate(t, values).text).toBe('Sorry, Sam. Refund today. DM us: https://x.com/dm');
    expect(renderTemplate(t, values, 'closeOut').text).toBe('All sorted, Sam.');
    expect(renderTemplate(t, values, 'followUp').text).toBe('How is it going? Alex');
  });

  it('prefers an explicit body', () => {
    expect(renderTemplate({ ...t, body: 'Sorry {{customer_name}}, refund today, DM us.' }, { customer_name: 'Sam' }).text).toBe('Sorry Sam, refund today, DM us.');
  });

  it('reports what the body is missing', () => {
    expect(renderTemplate(t, { customer_name: 'Sam' }).missing).toEqual(['eta', 'dm_link']);
  });

  it('returns empty text for a part the template does not have', () => {
    expect(renderTemplate(template('b'), {}, 'followUp')).toEqual({ text: '', missing: [] });
  });

  it('lists all variables a template uses across its parts', () => {
    expect(templateVariables(t)).toEqual(['customer_name', 'eta', 'dm_link', 'signature']);
  });
});
