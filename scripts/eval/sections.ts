/**
 * The sections of `npm run eval`, in report order. Each module's default export returns one markdown
 * section. (This branch lists only its own sections; the triage sections join this list on merge.)
 */
export interface EvalSection {
  id: string;
  load: () => Promise<{ default: () => Promise<string> }>;
}

export const SECTIONS: EvalSection[] = [
  { id: 'ranking', load: () => import('./ranking') },
  { id: 'rules', load: () => import('./rules') },
];
