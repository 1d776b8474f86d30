import { normalizeForSearch } from "../core/text";

export interface Expectation {
  id: number;
  themeCodes: string[];
  keywords: string[];
}

export interface ActionText {
  id: number;
  themeCode: string | null;
  text: string;
}

export interface LinkState {
  expectationId: number;
  status: "PROPOSED" | "CONFIRMED" | "CONTESTED";
}

/**
 * A department's expectation is met by an action linked to it, the link confirmed by the
 * department or, until it answers, proposed; a contested link does not count. The one rule.
 */
export function isMet(expectation: Expectation, links: LinkState[]): boolean {
  return links.some((l) => l.expectationId === expectation.id && l.status !== "CONTESTED");
}

/**
 * The plan's actions that may answer an expectation: one of its themes, or one of its words in
 * the action's title or description (accents and case ignored). Only a suggestion: a word is
 * not a meaning ("transition" écologique is not the transition between life stages).
 */
export function candidateActions<A extends ActionText>(expectation: Expectation, actions: A[]): A[] {
  const words = expectation.keywords.map(normalizeForSearch);
  return actions.filter(
    (a) => (a.themeCode !== null && expectation.themeCodes.includes(a.themeCode)) || words.some((word) => normalizeForSearch(a.text).includes(word)),
  );
}
