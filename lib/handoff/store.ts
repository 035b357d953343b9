/** The departments list, read and written through the profile item (storage.local: content scripts see it too). */
import { loadProfile, profileItem, withProfileDefaults } from '../settings/profile';
import { cleanDepartments, departmentProblems, type Department } from './departments';

export async function loadDepartments(): Promise<Department[]> {
  return cleanDepartments((await loadProfile()).departments);
}

/** Replaces the list; refuses one with a problem (the form shows problems before saving). */
export async function saveDepartments(list: Department[]): Promise<void> {
  list.forEach((d, i) => {
    const problems = departmentProblems(d, list.slice(0, i));
    const first = Object.entries(problems)[0];
    if (first) throw new Error(`${d.name || 'Department'}: ${first[0]} ${first[1]}`);
  });
  // Read right before writing: the options page may have saved other profile fields meanwhile.
  const current = withProfileDefaults(await profileItem.getValue());
  await profileItem.setValue({ ...current, departments: list.map((d) => ({ ...d, name: d.name.trim(), email: d.email.trim() })) });
}
