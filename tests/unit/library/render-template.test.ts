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
    expect(renderText('Mail {{email}} now.', { email: '   ' })).toEqual({ text: '', missing: ['email'] });
    expect(renderText('Hi {{customer_name}}, sorry.', { customer_name: ' ' })).toEqual({ text: 'Hi, sorry.', missing: ['customer_name'] });
  });

  it('tidies a gap at the start of a line and a dangling dash', () => {
    expect(renderText('{{customer_name}}, sorry about this.', {}).text).toBe('Sorry about this.');
    expect(renderText('Thanks — {{agent_name}}', {}).text).toBe('Thanks');
    expect(renderText('Line one {{signature}}\n{{signature}}\nLine three', {}).text).toBe('Line one\n\nLine three');
  });

  it('never leaves a broken sentence: a clause joined by "or" goes when its value is missing', () => {
    const src = "Sorry about that. Send us a DM ({{dm_link}}), or call us on {{phone}} if that's easier.";
    expect(renderText(src, { dm_link: 'https://m.me/acme' }).text).toBe('Sorry about that. Send us a DM (https://m.me/acme).');
    expect(renderText(src, { phone: '800 100 200' }).text).toBe("Sorry about that. Send us a DM, or call us on 800 100 200 if that's easier.");
    expect(renderText(src, {})).toEqual({ text: 'Sorry about that. Send us a DM.', missing: ['dm_link', 'phone'] });
  });

  it('drops the whole sentence that needs a missing value, keeping the rest', () => {
    const src = 'Sorry, {{customer_name}}. An engineer comes {{eta}}. Please DM us. — {{signature}}';
    expect(renderText(src, { customer_name: 'Ola', signature: 'Alex' }).text).toBe('Sorry, Ola. Please DM us. — Alex');
    expect(renderText(src, {}).text).toBe('Sorry. Please DM us.');
    // Polish and Greek joining words, and a clause that cannot stand alone takes its sentence with it.
    expect(renderText('Napisz do nas, albo zadzwoń pod {{phone}}.', {}).text).toBe('Napisz do nas.');
    expect(renderText('Στείλτε μήνυμα, ή καλέστε στο {{phone}}.', {}).text).toBe('Στείλτε μήνυμα.');
    expect(renderText('Your case, {{case_ref}}, is open. Thanks.', {}).text).toBe('Thanks.');
    expect(renderText('Sorry. DM us: {{dm_link}}.', {}).text).toBe('Sorry. DM us.');
  });

  it("splits sentences on the template's words, never inside a value (links, times)", () => {
    const r = renderText('Write to {{email}} or see {{dm_link}}. Open 8:00–20:00. Call {{phone}}.', { email: 'a.b@c.example', dm_link: 'https://m.me/x.y?z=1. 2' });
    expect(r.text).toBe('Write to a.b@c.example or see https://m.me/x.y?z=1. 2. Open 8:00–20:00.');
    expect(r.missing).toEqual(['phone']);
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

  it('uses the short form on X, the body elsewhere', () => {
    const withShort = { ...t, short: 'Sorry {{customer_name}}, refund today. DM us.' };
    expect(renderTemplate(withShort, { customer_name: 'Sam' }, 'body', 'x').text).toBe('Sorry Sam, refund today. DM us.');
    expect(renderTemplate(withShort, { customer_name: 'Sam', eta: 'today' }, 'body', 'facebook').text).toBe('Sorry, Sam. Refund today. DM us');
    expect(renderTemplate(t, { customer_name: 'Sam', eta: 'today', dm_link: 'l' }, 'body', 'x').text).toBe('Sorry, Sam. Refund today. DM us: l');
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
