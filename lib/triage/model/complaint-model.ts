/**
 * The shipped triage model (trained by scripts/train-triage.ts): logistic regressions for complaint
 * vs not (one for English, one for Polish, each trained on its language alone, and a shared one for Greek
 * and other languages), three ordinal logistic heads for severity (level ≥ 2,
 * ≥ 3, ≥ 4 on the 1 no reproach … 4 blame scale) and one-vs-rest category heads (shared, and English ones of their
 * own), all over the hashed n-gram features of ../features.ts.
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
  category?: CategoryHeadsFile;
  /**
   * Category heads of one language (optional), trained on every row `category` sees plus label sets kept for that
   * language's heads alone: that language's posts use them, and those rows cannot move another language's category.
   */
  categoryByLang?: Partial<Record<string, CategoryHeadsFile>>;
}

export type CategoryHeadsFile = Partial<Record<Exclude<Category, 'other'>, PackedLinear>>;

export interface ComplaintModel {
  /** Probability the post is a complaint (0..1), by the head of `lang` when there is one. */
  probability(x: SparseVector, lang?: string): number;
  /** Severity level 1..4 (meaningful for complaints only): 1 + the number of heads that fire. */
  severity(x: SparseVector): number;
  /**
   * Probability of each category the model has a head for (independent one-vs-rest; may not sum to 1), by the heads of
   * `lang` when there are some.
   */
  categories(x: SparseVector, lang?: string): Array<[Exclude<Category, 'other'>, number]>;
}

export function loadComplaintModel(file: ComplaintModelFile): ComplaintModel {
  const c: LinearModel = unpackLinear(file.complaint);
  const byLang = new Map(Object.entries(file.complaintByLang ?? {}).map(([lang, p]) => [lang, unpackLinear(p!)] as const));
  const heads: LinearModel[] = file.severity.map(unpackLinear);
  const unpackHeads = (heads: CategoryHeadsFile = {}) => Object.entries(heads).map(([c, p]) => [c as Exclude<Category, 'other'>, unpackLinear(p!)] as const);
  const cats = unpackHeads(file.category);
  const catsByLang = new Map(Object.entries(file.categoryByLang ?? {}).map(([lang, heads]) => [lang, unpackHeads(heads)] as const));
  return {
    probability: (x, lang) => 1 / (1 + Math.exp(-scoreLinear((lang && byLang.get(lang)) || c, x))),
    severity: (x) => 1 + heads.filter((h) => scoreLinear(h, x) >= 0).length,
    categories: (x, lang) => ((lang && catsByLang.get(lang)) || cats).map(([c, m]) => [c, 1 / (1 + Math.exp(-scoreLinear(m, x)))]),
  };
}

export { featurize };
