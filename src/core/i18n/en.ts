import type { Texts } from "./fr";

/** Texts for people, in English (when a client asks for it with Accept-Language). */
export const en: Texts = {
  sector: { ELDERLY: "older people (PA)", DISABLED: "disabled people (PH)" },
  notification: {
    COMMENT: "{{actor}} commented on contract {{contract}}",
    PLAN_CHANGE: "{{actor}} changed the content of contract {{contract}}",
    PHASE_CHANGE: "{{actor}} reported progress on an action of contract {{contract}}",
    RESULT: "{{actor}} recorded results of contract {{contract}}",
    FOLLOW_UP: "{{actor}} changed how contract {{contract}} is followed",
    SIGNATURE: "{{actor}} signed contract {{contract}}, or declined to co-sign it",
    AMENDMENT: "{{actor}} opened an amendment to contract {{contract}}",
    STATUS_CHANGE: "{{actor}} changed the status of contract {{contract}}",
    STATUS_CHANGE_proposeContract: "{{actor}} proposed contract {{contract}}",
    STATUS_CHANGE_startNegotiation: "{{actor}} opened the negotiation of contract {{contract}}",
    STATUS_CHANGE_imposeContractBase: "{{actor}} settled the base of contract {{contract}}",
    STATUS_CHANGE_closeContract: "{{actor}} closed contract {{contract}}",
    DOCUMENT: "{{actor}} attached a document to contract {{contract}}, or deleted one",
  },
  rule: {
    themes_one: "{{count}} theme",
    themes_other: "{{count}} themes",
    actions_one: "{{count}} action",
    actions_other: "{{count}} actions",
    MIN_THEMES: "at least {{themes}}",
    MAX_THEMES: "at most {{themes}}",
    NO_THEMES: "no themes",
    MIN_ACTIONS: "at least {{actions}}",
    MIN_ACTIONS_PER_THEME: "at least {{actions}} for each selected theme",
    perSector: "{{rule}} per sector covered",
  },
  violation: {
    submit_one: "The plan cannot be submitted: it breaks one rule: {{list}}",
    submit_other: "The plan cannot be submitted: it breaks {{count}} rules: {{list}}",
    needs: 'Module "{{module}}" needs {{rule}}; it has {{count}}',
    allows: 'Module "{{module}}" allows {{rule}}; it has {{count}}',
    needsForSector: 'Module "{{module}}" needs {{rule}} for the {{sector}} sector; it has {{count}}',
    allowsForSector: 'Module "{{module}}" allows {{rule}} for the {{sector}} sector; it has {{count}}',
    theme: 'Module "{{module}}": theme "{{theme}}" needs {{rule}}; it has {{count}}',
  },
};
