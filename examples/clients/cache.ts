/**
 * What a normalised client cache needs to know of this schema, shared by the Apollo Client and
 * urql set-ups beside it (and by the tests, which check it against the schema).
 *
 * Every object type with an `id` is normalised by `__typename` and `id`, the default of both
 * clients. The types below have no id: they are values of the object they sit in (a page of a
 * list, a contract's year, a rule broken), and the caches keep them there.
 */
export const VALUE_TYPES = [
  // Pages of lists, and their edges.
  "ActionList", "ActionEdge", "AttachmentList", "AttachmentEdge", "AuditEntryList", "AuditEntryEdge",
  "ContractCommentList", "ContractCommentEdge", "ContractList", "ContractEdge", "ContractReviewList", "ContractReviewEdge",
  "NotificationList", "NotificationEdge", "OrganisationList", "OrganisationEdge", "OutboxEmailList", "OutboxEmailEdge",
  "UserList", "UserEdge", "PageInfo",
  // Values of their parent.
  "Annex1Objective", "Annex1Orientation", "ConcernedRuleView", "ContentChange", "ContractExpectation", "ContractPartState",
  "ContractYear", "EmailKindPreference", "ExportLink", "FieldChange", "FinancingAnnex", "IndicatorYearResults", "LoginResult", "ObjectiveLimit",
  "PhaseCount", "PlanViolation", "ProgressTrend", "RateBucket", "RateDistribution", "SelectionRule", "ThemeQuestion",
] as const;

/** The lists paged by cursor, with the arguments that make two lists different (the rest is paging). */
export const CURSOR_LISTS = {
  Query: { organisations: ["filter", "sort"], contracts: ["filter"], notifications: ["unreadOnly"], users: false, contractHistory: ["contractId"], reviewsDue: ["filter"], outboxEmails: ["status"] },
  Contract: { commentsConnection: false, attachmentsConnection: ["targetType", "targetId"] },
  ContractModule: { actionsConnection: false },
} as const;
