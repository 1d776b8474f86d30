import { checkFiness, finessDepartmentCode, luhnCheckDigit, luhnValid } from "../../src/organisations/finess";

describe("FINESS numbers", () => {
  it.each([
    ["750712184", "75"], // AP-HP, a real FINESS juridique
    ["210780581", "21"], // CHU Dijon Bourgogne
    ["710000027", "71"],
    ["970400016", "974"], // overseas: 97, then position 4 names the territory
    ["970100012", "971"],
    ["2A0000014", "2A"], // Corsica: format only, the key is not defined
    ["2B1234567", "2B"],
  ])("accepts %s (department %s)", (value, department) => {
    expect(checkFiness(value)).toEqual({ valid: true, departmentCode: department });
  });

  it.each([
    ["750712185", /wrong check digit \(the 9th digit should be 4\)/],
    ["75071218", /has 8 digits.*here it would be 750712184/],
    ["7507121845", /must have 9 characters, got 10/],
    ["75071218X", /must be 9 digits, or 2A\/2B/],
    ["2C0000014", /must be 9 digits, or 2A\/2B/],
    ["", /must have 9 characters, got 0/],
  ])("rejects %s", (value, reason) => {
    const result = checkFiness(value);
    expect(result.valid).toBe(false);
    expect(result.valid ? "" : result.reason.in("en")).toMatch(reason);
  });

  it("computes Luhn keys", () => {
    expect(luhnCheckDigit("75071218")).toBe(4);
    expect(luhnValid("79927398713")).toBe(true); // the textbook Luhn example
    expect(luhnValid("79927398710")).toBe(false);
  });

  it("reads the department from the prefix", () => {
    expect(finessDepartmentCode("970600123")).toBe("976");
    expect(finessDepartmentCode("010000123")).toBe("01");
  });
});
