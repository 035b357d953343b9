/**
 * The shipped English complaint model (trained by scripts/train-triage.ts): a logistic regression
 * for complaint vs not and a ridge regression for severity (1 no reproach … 4 blame), both over
 * the hashed n-gram features of ../features.ts.
 */
import { featurize, type SparseVector } from '../features';
import { scoreLinear, unpackLinear, type LinearModel, type PackedLinear } from './codec';

export interface ComplaintModelFile {
  format: 'soothe-triage-linear/1';
  trainedOn: string;
  seed: number;
  hashBits: number;
  complaint: PackedLinear;
  severity: PackedLinear;
}

export interface ComplaintModel {
  /** Probability the post is a complaint (0..1). */
  probability(x: SparseVector): number;
  /** Severity on the dataset's 1..4 scale, as a real number (meaningful for complaints only). */
  severity(x: SparseVector): number;
}

export function loadComplaintModel(file: ComplaintModelFile): ComplaintModel {
  const c: LinearModel = unpackLinear(file.complaint);
  const s: LinearModel = unpackLinear(file.severity);
  return {
    probability: (x) => 1 / (1 + Math.exp(-scoreLinear(c, x))),
    severity: (x) => scoreLinear(s, x),
  };
}

export { featurize };
