/** Small shared helpers of the evaluation sections: confusion counts, F1 and markdown tables. */

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export const emptyConfusion = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function addTo(c: Confusion, predicted: boolean, gold: boolean): void {
  if (predicted && gold) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
  else c.tn++;
}

export const f1 = (tp: number, fp: number, fn: number): number => (2 * tp) / Math.max(1, 2 * tp + fp + fn);
/** Mean of the complaint-class and the not-complaint-class F1. */
export const macroF1 = (c: Confusion): number => (f1(c.tp, c.fp, c.fn) + f1(c.tn, c.fn, c.fp)) / 2;
export const precision = (c: Confusion): number => c.tp / Math.max(1, c.tp + c.fp);
export const recall = (c: Confusion): number => c.tp / Math.max(1, c.tp + c.fn);

export const pct = (x: number): string => (100 * x).toFixed(1);
export const num = (x: number): string => x.toFixed(2);

/** "tp/fp/fn/tn" as one cell: predicted complaint vs gold. */
export const confusionCell = (c: Confusion): string => `TP ${c.tp} · FP ${c.fp} · FN ${c.fn} · TN ${c.tn}`;

export function table(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
