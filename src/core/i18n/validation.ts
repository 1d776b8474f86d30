import { Message } from "./message";

// class-validator words its messages in English only, from templates such as "$property must
// not be less than $constraint1". Each constraint used by the inputs is read back here into a
// message with the property and the constraint's value as parameters, so that the catalogue
// words it; a message set on a decorator is its own key.
const PATTERNS: Record<string, readonly { english: RegExp; key: string }[]> = {
  isNotEmpty: [{ english: /^(\S+) should not be empty$/, key: "{{0}} should not be empty" }],
  isNotBlank: [{ english: /^(\S+) must not be blank$/, key: "{{0}} must not be blank" }],
  isEnum: [{ english: /^(\S+) must be one of the following values: (.*)$/, key: "{{0}} must be one of the following values: {{1}}" }],
  min: [{ english: /^(\S+) must not be less than (\S+)$/, key: "{{0}} must not be less than {{1}}" }],
  max: [{ english: /^(\S+) must not be greater than (\S+)$/, key: "{{0}} must not be greater than {{1}}" }],
  isInt: [{ english: /^(\S+) must be an integer number$/, key: "{{0}} must be an integer number" }],
  isBoolean: [{ english: /^(\S+) must be a boolean value$/, key: "{{0}} must be a boolean value" }],
  arrayMinSize: [{ english: /^(\S+) must contain at least (\d+) elements$/, key: "{{0}} must contain at least {{1}} elements" }],
  arrayUnique: [{ english: /^All (\S+)'s elements must be unique$/, key: "All {{0}}'s elements must be unique" }],
  isEmail: [{ english: /^(\S+) must be an email$/, key: "{{0}} must be an email" }],
  nestedValidation: [{ english: /^(?:each value in )?nested property (\S+) must be either object or array$/, key: "{{0}} must be an object or a list of objects" }],
  isLength: [
    { english: /^(\S+) must be longer than or equal to (\d+) characters$/, key: "{{0}} must be at least {{1}} characters long" },
    { english: /^(\S+) must be shorter than or equal to (\d+) characters$/, key: "{{0}} must be at most {{1}} characters long" },
  ],
};

/** A class-validator message (`constraint` failed, worded `english`) as a message for the catalogue. */
export function validationMessage(constraint: string, english: string): Message {
  for (const pattern of PATTERNS[constraint] ?? []) {
    const match = pattern.english.exec(english);
    if (match) return new Message(pattern.key, match.slice(1));
  }
  return new Message(english);
}

/** The keys this module produces, for the catalogue's completeness test. */
export const VALIDATION_KEYS = Object.values(PATTERNS).flatMap((patterns) => patterns.map((pattern) => pattern.key));
