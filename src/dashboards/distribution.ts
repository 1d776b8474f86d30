/** Summary statistics of a set of rates (percent): dashboards' distribution of organisations. */
export interface Distribution {
  count: number;
  mean: number | null;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  /** Ten buckets of 10 points: [0, 10), [10, 20), … [90, 100] (100 falls in the last). */
  buckets: { from: number; to: number; count: number }[];
}

/** The q-quantile of sorted values, by linear interpolation between closest ranks. */
export function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export function distribution(values: number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const buckets = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: (i + 1) * 10, count: 0 }));
  for (const value of sorted) buckets[Math.min(9, Math.max(0, Math.floor(value / 10)))].count += 1;
  return {
    count: sorted.length,
    mean: sorted.length ? sorted.reduce((sum, v) => sum + v, 0) / sorted.length : null,
    min: sorted[0] ?? null,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1] ?? null,
    buckets,
  };
}
