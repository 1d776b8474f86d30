import i18next from "i18next";
import { translate, type Language } from "./index";
import { messagesFr } from "./messages.fr";

/** What a message may quote: values (ids, codes, names, dates) as they are, or another message, worded in the same language. */
export type MessageParam = string | number | bigint | boolean | null | undefined | Message;

// Messages are written in English where they are raised, and the English sentence is their
// key (i18next's "natural language keys"): the French catalogue maps each to its wording, the
// English one is the keys themselves. Keys hold dots and colons, hence no key or namespace separators.
const catalogue = i18next.createInstance();
void catalogue.init({
  resources: {
    fr: { messages: messagesFr },
    en: { messages: Object.fromEntries(Object.keys(messagesFr).map((key) => [key, key])) },
  },
  ns: ["messages"],
  defaultNS: "messages",
  lng: "fr",
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  initAsync: false,
  interpolation: { escapeValue: false, skipOnVariables: true },
  returnNull: false,
  showSupportNotice: false,
});

/**
 * A text for a person (an error's message): its English wording, with `{{0}}`, `{{1}}`… where
 * values go, and the values. Rendered in the reader's language when the answer is sent; its
 * English rendering is what logs and `Error.message` show.
 */
export class Message {
  constructor(
    readonly key: string,
    readonly params: readonly MessageParam[] = [],
  ) {}

  /** The message worded in `language`; a message missing from a catalogue stays in English (a test keeps the catalogue complete). */
  in(language: Language): string {
    const values: Record<string, string> = {};
    this.params.forEach((param, i) => (values[i] = param instanceof Message ? param.in(language) : String(param)));
    return catalogue.t(this.key, { ...values, lng: language, defaultValue: this.key }) as unknown as string;
  }

  toString(): string {
    return this.in("en");
  }
}

/** A message from a template literal: msg`Module ${code} is listed twice` has the key "Module {{0}} is listed twice". */
export function msg(strings: TemplateStringsArray, ...values: MessageParam[]): Message {
  let key = strings[0];
  values.forEach((_, i) => (key += `{{${i}}}${strings[i + 1]}`));
  return new Message(key, values);
}

/** Several messages as one, in the order given ("a; b; c"): each is worded on its own, and so is the separator (French puts a space before ";"). */
export function joinMessages(messages: readonly Message[], separator: string | Message = msg`; `): Message {
  return new Joined(messages, separator);
}

class Joined extends Message {
  constructor(
    readonly parts: readonly Message[],
    readonly separator: string | Message,
  ) {
    super(parts.map((_, i) => `{{${i}}}`).join(String(separator)), parts);
  }

  override in(language: Language): string {
    const separator = this.separator instanceof Message ? this.separator.in(language) : this.separator;
    return this.parts.map((part) => part.in(language)).join(separator);
  }
}

/** Alternatives in words: "a", "a or b", "a, b or c". */
export function orList(messages: readonly Message[]): Message {
  if (messages.length <= 1) return messages[0] ?? joinMessages([]);
  return msg`${joinMessages(messages.slice(0, -1), ", ")} or ${messages[messages.length - 1]}`;
}

/** Every key a catalogue must word: for the completeness test. */
export const frenchCatalogue: Readonly<Record<string, string>> = messagesFr;


/**
 * A message from the texts keyed by meaning (fr.ts, en.ts: plurals, variants), rather than by
 * its English sentence; its parameters may be messages, worded in the same language first.
 */
export class Translated extends Message {
  constructor(
    key: string,
    readonly values: Readonly<Record<string, string | number | Message>> = {},
  ) {
    super(key);
  }

  override in(language: Language): string {
    const values = Object.fromEntries(Object.entries(this.values).map(([name, value]) => [name, value instanceof Message ? value.in(language) : value]));
    return translate(language, this.key, values);
  }
}

/** Text already worded in its reader's language (a name, a stored sentence): shown as it is. */
export class Worded extends Message {
  override in(_language?: Language): string {
    return this.key;
  }
}

/** A value with every message in it (an error's violations, an import's report) worded in `language`. */
export function wordAll(value: unknown, language: Language): unknown {
  if (value instanceof Message) return value.in(language);
  if (Array.isArray(value)) return value.map((item) => wordAll(item, language));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, wordAll(item, language)]));
  }
  return value;
}

/** A message that begins a sentence: its first letter in capitals, whatever the language ("the agency" → "The agency"). */
export function sentence(message: Message): Message {
  return new Sentence(message);
}

class Sentence extends Message {
  constructor(readonly inner: Message) {
    super("{{0}}", [inner]);
  }

  override in(language: Language): string {
    const text = this.inner.in(language);
    return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
  }
}
