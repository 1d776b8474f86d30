import { msg, type Message } from "../core/i18n/message";
/**
 * FINESS numbers (ANS nomenclature): 9 characters; positions 1–2 the department ("2A"/"2B"
 * for Corsica; "97" overseas, where position 4 names the territory: 9701… is 971,
 * Guadeloupe), then a sequence, and position 9 a Luhn check digit. How the key applies to
 * 2A/2B is not documented, so those are checked for format only.
 */
export type FinessResult = { valid: true; departmentCode: string } | { valid: false; reason: Message };

/** Luhn checksum over a string of digits (the last one being the check digit). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The check digit that completes an 8-digit FINESS number. */
export function luhnCheckDigit(first8: string): number {
  for (let digit = 0; digit <= 9; digit += 1) if (luhnValid(first8 + digit)) return digit;
  throw new Error("unreachable");
}

/** The department a FINESS number belongs to, by its prefix. */
export function finessDepartmentCode(finess: string): string {
  if (finess.startsWith("97")) return `97${finess[3]}`;
  return finess.slice(0, 2);
}

export function checkFiness(value: string): FinessResult {
  if (/^\d{8}$/.test(value)) {
    return { valid: false, reason: msg`has 8 digits: FINESS numbers have 9, the last being the check digit (here it would be ${value}${luhnCheckDigit(value)})` };
  }
  if (value.length !== 9) return { valid: false, reason: msg`must have 9 characters, got ${value.length}` };
  if (!/^(\d{2}|2[AB])\d{7}$/.test(value)) {
    return { valid: false, reason: msg`must be 9 digits, or 2A/2B followed by 7 digits for Corsica` };
  }
  if (/^\d{9}$/.test(value) && !luhnValid(value)) {
    return { valid: false, reason: msg`has a wrong check digit (the 9th digit should be ${luhnCheckDigit(value.slice(0, 8))})` };
  }
  return { valid: true, departmentCode: finessDepartmentCode(value) };
}
