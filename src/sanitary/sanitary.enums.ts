import { registerEnumType } from "type-graphql";

export enum ActivityKind {
  /** Autorisation d'activité de soins. */
  AUTHORISATION = "AUTHORISATION",
  /** Reconnaissance contractuelle, or a designation. */
  RECOGNITION = "RECOGNITION",
}
registerEnumType(ActivityKind, { name: "ActivityKind", description: "Whether an activity is authorised or recognised.", valuesConfig: { RECOGNITION: { description: "A contractual recognition (reconnaissance contractuelle), e.g. a specialised unit." }, AUTHORISATION: { description: "An authorised activity of care (autorisation d'activité de soins)." } } });

export enum IndicatorType {
  /** Oui / non; starts at NO (a default, not the agency's wish: [ARS Q&A 2019-2023]). */
  YES_NO = "YES_NO",
  COUNT = "COUNT",
  /** A percentage, 0 to 100. */
  RATE = "RATE",
  AMOUNT = "AMOUNT",
  TEXT = "TEXT",
}
registerEnumType(IndicatorType, { name: "IndicatorType", description: "What an indicator's values are.", valuesConfig: { YES_NO: { description: "Yes or no." }, TEXT: { description: "A text, judged by the agency." }, RATE: { description: "A percentage, 0 to 100." }, COUNT: { description: "A count." }, AMOUNT: { description: "An amount in euros." } } });

export enum Direction {
  HIGHER_IS_BETTER = "HIGHER_IS_BETTER",
  LOWER_IS_BETTER = "LOWER_IS_BETTER",
  TARGET_EXACT = "TARGET_EXACT",
}
registerEnumType(Direction, { name: "Direction", description: "Which way an indicator should move.", valuesConfig: { TARGET_EXACT: { description: "Met when the actual equals the target (yes/no, texts)." }, LOWER_IS_BETTER: { description: "The lower the better: met when the actual stays at or below the target." }, HIGHER_IS_BETTER: { description: "The higher the better: met when the actual reaches the target." } } });

export enum DataSource {
  ARS = "ARS",
  ESTABLISHMENT = "ESTABLISHMENT",
  ARS_AND_ESTABLISHMENT = "ARS_AND_ESTABLISHMENT",
}
registerEnumType(DataSource, { name: "DataSource", description: "Who collects the indicator's data (recueil des données).", valuesConfig: { ESTABLISHMENT: { description: "The establishment." }, ARS_AND_ESTABLISHMENT: { description: "The agency and the establishment together." }, ARS: { description: "The agency (ARS)." } } });

/** The verdict on an indicator for a year at evaluation ([IDF evaluation 2022], docs/domain.md). */
export enum Verdict {
  MET = "MET",
  PARTLY_MET = "PARTLY_MET",
  NOT_MET = "NOT_MET",
  NO_LONGER_APPLICABLE = "NO_LONGER_APPLICABLE",
}
registerEnumType(Verdict, {
  name: "Verdict",
  description: "The verdict on an indicator for a year, at evaluation.",
  valuesConfig: {
    MET: { description: "Atteint" },
    PARTLY_MET: { description: "Partiellement atteint" },
    NOT_MET: { description: "Non atteint" },
    NO_LONGER_APPLICABLE: { description: "Devenu sans objet" },
  },
});

export enum MeasurabilityDecision {
  PENDING = "PENDING",
  /** The agency agrees the indicator cannot be measured: it is no longer followed. */
  ACCEPTED = "ACCEPTED",
  /** The agency keeps the indicator: it must be measured. */
  REJECTED = "REJECTED",
}
registerEnumType(MeasurabilityDecision, { name: "MeasurabilityDecision", description: "The agency's decision on an indicator the organisation flagged not measurable.", valuesConfig: { REJECTED: { description: "Measurable after all: targets and actuals are due." }, PENDING: { description: "Waiting for the agency's decision." }, ACCEPTED: { description: "Not measurable indeed: exempt from targets and actuals." } } });

// The evaluation's enums are the lifecycle's, shared by both families of contracts.
export { DiagnosticAuthor, EngagementProposalKind, EvaluationKind } from "../lifecycle/evaluation.entities";
