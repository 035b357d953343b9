/**
 * The teams a case can be handed to (logistics, billing, PR, legal…), each with a contact and the
 * reply time agreed with the social team. Kept in the profile (lib/settings/profile.ts) so the
 * panel on any page reads the same list.
 */
export interface Department {
  /** Stable id (kept when the name is edited). */
  id: string;
  name: string;
  /** Where the summary goes; empty means "copy it" only. */
  email: string;
  /** Reply time agreed with this team (ms). */
  agreedMs: number;
}

const HOUR = 3_600_000;

/** A starting point the user edits: names only, no addresses invented. */
export const SUGGESTED_DEPARTMENTS: readonly Department[] = [
  { id: 'logistics', name: 'Logistics', email: '', agreedMs: 4 * HOUR },
  { id: 'billing', name: 'Billing', email: '', agreedMs: 8 * HOUR },
  { id: 'pr', name: 'PR', email: '', agreedMs: 2 * HOUR },
  { id: 'legal', name: 'Legal', email: '', agreedMs: 24 * HOUR },
];

export type DepartmentProblems = Partial<Record<'name' | 'email' | 'agreedMs', string>>;

export function departmentProblems(d: Department, others: readonly Department[] = []): DepartmentProblems {
  const out: DepartmentProblems = {};
  const name = d.name.trim();
  if (!name) out.name = 'a name is needed';
  else if (others.some((o) => o.id !== d.id && o.name.trim().toLowerCase() === name.toLowerCase())) out.name = 'another department has this name';
  if (d.email && !/^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(d.email.trim())) out.email = 'must look like name@example.com';
  if (!(Number.isFinite(d.agreedMs) && d.agreedMs > 0)) out.agreedMs = 'must be a positive number of hours';
  return out;
}

/** Stored data is untrusted (an older version, a hand edit): keep only well-formed departments. */
export function cleanDepartments(stored: unknown): Department[] {
  if (!Array.isArray(stored)) return [];
  const out: Department[] = [];
  for (const x of stored) {
    if (!x || typeof x !== 'object') continue;
    const d = x as Partial<Department>;
    if (typeof d.id !== 'string' || typeof d.name !== 'string' || typeof d.agreedMs !== 'number') continue;
    const dep: Department = { id: d.id, name: d.name.trim(), email: typeof d.email === 'string' ? d.email.trim() : '', agreedMs: d.agreedMs };
    if (Object.keys(departmentProblems(dep, out)).length === 0) out.push(dep);
  }
  return out;
}

/** An id for a new department, unique in `existing`. */
export function newDepartmentId(name: string, existing: readonly Department[]): string {
  const base = name.trim().toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'team';
  let id = base;
  for (let n = 2; existing.some((d) => d.id === id); n++) id = `${base}-${n}`;
  return id;
}
