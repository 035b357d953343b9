#!/usr/bin/env bash
# One admission run (lib/triage/train/ADMISSION.md): retrain the shipped triage model from this checkout's training
# code and data, then run the training-side CV with the item log, so that every check (the CV folds and the checks
# that read the shipped model: dev posts, dev categories, Skroutz, Ceneo, the held-out customer-care tweets) sees the
# candidate. Usage: scripts/eval/admission-run.sh <items.jsonl>; then compare two logs with compare-items.ts.
# Note: it overwrites lib/triage/model/triage-model.json; `git checkout` it back for a candidate that is not kept.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:?usage: scripts/eval/admission-run.sh <items.jsonl>}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
rm -f "$out"
npm run --silent train:triage
SOOTHE_EVAL_ITEMS="$out" npm run --silent eval -- triage-cv
