import i18next from "i18next";
import accepts from "accepts";
import type { IncomingMessage } from "node:http";
import { en } from "./en";
import { fr } from "./fr";

/** The languages people read this API's texts in: French by default, English on request. */
export type Language = "fr" | "en";
export const LANGUAGES: readonly Language[] = ["fr", "en"];
export const DEFAULT_LANGUAGE: Language = "fr";
/** The language of what is stored with a contract and printed in its documents (the system's own sentences in it): French, as the contract is. */
export const CONTRACT_LANGUAGE: Language = "fr";

// One instance, initialised synchronously with the texts in code: nothing to load at run time.
const texts = i18next.createInstance();
void texts.init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  // The texts are GraphQL strings, not HTML: nothing to escape.
  interpolation: { escapeValue: false },
  returnNull: false,
  // No advertisement on the server's console.
  showSupportNotice: false,
});

/** A text for people in `language`, from its key and parameters (plurals with `count`, variants with `context`). */
export function translate(language: Language, key: string, params: Record<string, string | number> & { count?: number; context?: string } = {}): string {
  return texts.t(key, { ...params, lng: language } as Record<string, unknown>) as unknown as string;
}

/** The language a request asks for with Accept-Language (q-values honoured); French when it names neither. */
export function languageOf(request: Pick<IncomingMessage, "headers">): Language {
  const chosen = accepts(request as IncomingMessage).languages([...LANGUAGES]);
  return (typeof chosen === "string" ? chosen : DEFAULT_LANGUAGE) as Language;
}

// The language each error is read in, set where the request's language is known (Apollo's
// didEncounterErrors, the context function), read where the error is worded (formatError).
const readers = new WeakMap<object, Language>();

/** Records that `errors` go to a reader of `language`. */
export function addressTo(errors: readonly unknown[], language: Language): void {
  for (const error of errors) if (error && typeof error === "object") readers.set(error, language);
}

/** The language an error is read in: its reader's, French when none was recorded. */
export function readerOf(error: unknown): Language {
  return (error !== null && typeof error === "object" && readers.get(error)) || DEFAULT_LANGUAGE;
}
