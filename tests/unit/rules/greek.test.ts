import { describe, expect, it } from 'vitest';
import { checkReply } from '../../../lib/rules/index';
import { findingsOf, spanText } from './helpers';

const el = (text: string) => checkReply(text, { lang: 'el', platform: 'facebook' });

describe('checkReply (Greek)', () => {
  it('passes a good reply', () => {
    const text = 'Γεια σας Μαρία, ζητούμε συγγνώμη για την καθυστέρηση. Θα σας στείλουμε νέο δέμα αύριο. Στείλτε μας προσωπικό μήνυμα με τα στοιχεία της παραγγελίας.';
    const r = el(text);
    expect(r).toMatchObject({ apology: true, fix: true, private: true, blame: false, ok: true });
    expect(spanText(text, findingsOf(r, 'apology')[0]!)).toBe('συγγνώμη');
    expect(spanText(text, findingsOf(r, 'fix')[0]!)).toBe('Θα σας στείλουμε');
  });

  it('passes the same reply without accents and in capitals, spans on the original', () => {
    const text = 'ΣΥΓΝΩΜΗ για την καθυστερηση. Θα σας στειλουμε νεο δεμα αυριο. Στειλτε μας μηνυμα στο inbox.';
    const r = el(text);
    expect(r.ok).toBe(true);
    expect(spanText(text, findingsOf(r, 'apology')[0]!)).toBe('ΣΥΓΝΩΜΗ');
  });

  it('handles inflection: λυπούμαστε, θα ελέγξουμε, επικοινωνήστε μαζί μας', () => {
    expect(el('Λυπούμαστε πολύ.').apology).toBe(true);
    expect(el('Θα το ελέγξουμε άμεσα.').fix).toBe(true);
    expect(el('Επικοινωνήστε μαζί μας στο 210 1234567.').private).toBe(true);
  });

  it('flags blame and lecturing with terms', () => {
    const text = 'Λυπούμαστε, αλλά έπρεπε να διαβάσετε την περιγραφή. Σύμφωνα με τους όρους δεν γίνεται επιστροφή. Στείλτε μας μήνυμα.';
    const r = el(text);
    expect(r.blame).toBe(true);
    expect(spanText(text, findingsOf(r, 'blame')[0]!)).toBe('έπρεπε να διαβάσετε');
    expect(spanText(text, findingsOf(r, 'lecturing')[0]!)).toBe('Σύμφωνα με τους όρους');
    expect(r.ok).toBe(false);
  });

  it('does not count "θα χρειαστούμε" (we will need) as a fix', () => {
    expect(el('Θα χρειαστούμε τον αριθμό παραγγελίας σε προσωπικό μήνυμα.').fix).toBe(false);
  });

  it('understands a Greeklish reply', () => {
    const r = el('Signomi gia tin kathisterisi, tha sas steiloume kainourio proion avrio. Steilte mas minima.');
    expect(r).toMatchObject({ apology: true, fix: true, private: true, ok: true });
  });

  it('flags "for any inconvenience" boilerplate', () => {
    const text = 'Ζητούμε συγγνώμη για την όποια ταλαιπωρία. Θα σας καλέσουμε σήμερα.';
    const r = el(text);
    expect(findingsOf(r, 'boilerplate').map((f) => spanText(text, f))).toEqual(['την όποια ταλαιπωρία']);
  });
});
