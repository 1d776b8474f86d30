import { contractEndDate, contractYearOf, contractYears } from "../../src/contracts/period";
import { addDays, addYears, isValidIsoDate } from "../../src/core/dates";

describe("contract periods", () => {
  it("a contract starting on 1 January 2026 runs to 31 December 2030, in five calendar years", () => {
    expect(contractEndDate("2026-01-01")).toBe("2030-12-31");
    expect(contractYears("2026-01-01").map((y) => [y.number, y.startDate, y.endDate])).toEqual([
      [1, "2026-01-01", "2026-12-31"],
      [2, "2027-01-01", "2027-12-31"],
      [3, "2028-01-01", "2028-12-31"],
      [4, "2029-01-01", "2029-12-31"],
      [5, "2030-01-01", "2030-12-31"],
    ]);
  });

  it("a contract starting mid-year counts years from its start", () => {
    expect(contractYears("2026-07-01")[0]).toEqual({ number: 1, startDate: "2026-07-01", endDate: "2027-06-30" });
    expect(contractYearOf("2026-07-01", "2027-07-01")).toBe(2);
    expect(contractYearOf("2026-07-01", "2026-06-30")).toBeNull();
    expect(contractYearOf("2026-07-01", "2031-07-01")).toBeNull();
  });

  it("handles 29 February", () => {
    expect(addYears("2028-02-29", 1)).toBe("2029-02-28");
    expect(contractEndDate("2028-02-29")).toBe("2033-02-27");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(isValidIsoDate("2027-02-29")).toBe(false);
    expect(isValidIsoDate("2028-02-29")).toBe(true);
  });
});
