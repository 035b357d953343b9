/**
 * The sections `npm run eval` prints, in order. Each module is scripts/eval/<name>.ts with
 * `export default async function (): Promise<string>` returning its markdown. Add a section by adding
 * its name here. Training-set numbers and external (evaluation-only) numbers are kept apart in each.
 */
export const SECTIONS: string[] = ['triage-cv', 'triage-external', 'ranking', 'rules'];
