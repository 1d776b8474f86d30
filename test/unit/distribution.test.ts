import { distribution, quantile } from "../../src/dashboards/distribution";

describe("rate distributions", () => {
  it("gives mean, quartiles and 10-point buckets", () => {
    const d = distribution([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(d).toMatchObject({ count: 11, mean: 50, min: 0, q1: 25, median: 50, q3: 75, max: 100 });
    expect(d.buckets.map((b) => b.count)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
    expect(d.buckets[9]).toEqual({ from: 90, to: 100, count: 2 });
  });

  it("interpolates quartiles between ranks", () => {
    expect(quantile([10, 20], 0.25)).toBe(12.5);
    expect(quantile([7], 0.75)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });

  it("has nothing to say about no rates", () => {
    expect(distribution([])).toMatchObject({ count: 0, mean: null, median: null });
  });
});
