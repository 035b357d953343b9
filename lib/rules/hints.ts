/** English fallback hints, one per rule. The UI translates by rule id; keep these short and actionable. */
import type { RuleId } from './types';

export const HINTS: Record<RuleId, string> = {
  apology: 'Apology found.',
  fix: 'Concrete next step found.',
  private: 'Invitation to a private channel found.',
  'missing-apology': 'Acknowledge the problem and say sorry once, sincerely.',
  'missing-fix': 'Say what you will do and by when (e.g. "we\u2019ll refund it today").',
  'missing-private': 'Invite them to DM, e-mail or phone to sort out the details privately.',
  'repeated-apology': 'You apologise more than once; once, sincerely, is enough.',
  blame: 'This blames the customer. Own the problem and say what you will do.',
  lecturing: 'Don\u2019t quote terms or policy at the customer; explain what you can do for them.',
  boilerplate: 'Corporate boilerplate. Say it in your own words, specific to this customer.',
  'public-personal-data': 'Don\u2019t ask for personal details in public; ask for them by DM, e-mail or phone.',
  'too-long': 'Too long for this platform; shorten the reply or move details to a private message.',
  shouting: 'Words in capitals read as shouting; use normal case.',
  exclamation: 'Too many exclamation marks; use one at most so the tone stays calm.',
};
