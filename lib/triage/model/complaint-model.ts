/**
 * The shipped triage model (trained by scripts/train-triage.ts): logistic regressions for complaint
 * vs not (one for English, one for Polish, each trained on its language alone, and a shared one for Greek
 * and other languages), three ordinal logistic heads for severity (level ≥ 2,
 * ≥ 3, ≥ 4 on the 1 no reproach … 4 blame scale) and one-vs-rest category heads, all over the hashed
 * n-gram features of ../features.ts.
 */
import type { Category } from '../categories';
import { featurize, type SparseVector } from '../features';
import { scoreLinear, unpackLinear, type LinearModel, type PackedLinear } from './codec';

export interface ComplaintModelFile {
  format: 'soothe-triage-linear/1' | 'soothe-triage-linear/2';
  trainedOn: string;
  seed: number;
  hashBits: number;
  complaint: PackedLinear;
  /**
   * Complaint heads trained on one language's rows only (format 2, optional): that language's posts use
   * its own head, so rows of another language cannot move its decisions; other languages use `complaint`.
   */
  complaintByLang?: Partial<Record<string, PackedLinear>>;
  /** heads for severity ≥ 2, ≥ 3, ≥ 4 */
  severity: PackedLinear[];
  /** one-vs-rest category heads (format 2) */
  category?: Partial<Record<Exclude<Category, 'other'>, PackedLinear>>;
}

export interface ComplaintModel {
  /** Probability the post is a complaint (0..1), by the head of `lang` when there is one. */
  probability(x: SparseVector, lang?: string): number;
  /** Severity level 1..4 (meaningful for complaints only): 1 + the number of heads that fire. */
  severity(x: SparseVector): number;
  /** Probability of each category the model has a head for (independent one-vs-rest; may not sum to 1). */
  categories(x: SparseVector): Array<[Exclude<Category, 'other'>, number]>;
}

export function loadComplaintModel(file: ComplaintModelFile): ComplaintModel {
  const c: LinearModel = unpackLinear(file.complaint);
  const byLang = new Map(Object.entries(file.complaintByLang ?? {}).map(([lang, p]) => [lang, unpackLinear(p!)] as const));
  const heads: LinearModel[] = file.severity.map(unpackLinear);
  const cats = Object.entries(file.category ?? {}).map(([c, p]) => [c as Exclude<Category, 'other'>, unpackLinear(p!)] as const);
  return {
    probability: (x, lang) => 1 / (1 + Math.exp(-scoreLinear((lang && byLang.get(lang)) || c, x))),
    severity: (x) => 1 + heads.filter((h) => scoreLinear(h, x) >= 0).length,
    categories: (x) => cats.map(([c, m]) => [c, 1 / (1 + Math.exp(-scoreLinear(m, x)))]),
  };
}

export { featurize };
