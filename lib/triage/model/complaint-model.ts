/**
 * The shipped English complaint model (trained by scripts/train-triage.ts): a logistic regression
 * for complaint vs not, and three ordinal logistic heads for severity (level ≥ 2, ≥ 3, ≥ 4 on the
 * 1 no reproach … 4 blame scale), all over the hashed n-gram features of ../features.ts.
 */
import { featurize, type SparseVector } from '../features';
import { scoreLinear, unpackLinear, type LinearModel, type PackedLinear } from './codec';

export interface ComplaintModelFile {
  format: 'soothe-triage-linear/1';
  trainedOn: string;
  seed: number;
  hashBits: number;
  complaint: PackedLinear;
  /** heads for severity ≥ 2, ≥ 3, ≥ 4 */
  severity: PackedLinear[];
}

export interface ComplaintModel {
  /** Probability the post is a complaint (0..1). */
  probability(x: SparseVector): number;
  /** Severity level 1..4 (meaningful for complaints only): 1 + the number of heads that fire. */
  severity(x: SparseVector): number;
}

export function loadComplaintModel(file: ComplaintModelFile): ComplaintModel {
  const c: LinearModel = unpackLinear(file.complaint);
  const heads: LinearModel[] = file.severity.map(unpackLinear);
  return {
    probability: (x) => 1 / (1 + Math.exp(-scoreLinear(c, x))),
    severity: (x) => 1 + heads.filter((h) => scoreLinear(h, x) >= 0).length,
  };
}

export { featurize };
