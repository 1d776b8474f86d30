import { registerEnumType } from "type-graphql";

export enum ActivityKind {
  /** Autorisation d'activité de soins. */
  AUTHORISATION = "AUTHORISATION",
  /** Reconnaissance contractuelle, or a designation. */
  RECOGNITION = "RECOGNITION",
}
registerEnumType(ActivityKind, { name: "ActivityKind" });

export enum IndicatorType {
  /** Oui / non; starts at NO (a default, not the agency's wish: [ARS Q&A 2019-2023]). */
  YES_NO = "YES_NO",
  COUNT = "COUNT",
  /** A percentage, 0 to 100. */
  RATE = "RATE",
  AMOUNT = "AMOUNT",
  TEXT = "TEXT",
}
registerEnumType(IndicatorType, { name: "IndicatorType" });

export enum Direction {
  HIGHER_IS_BETTER = "HIGHER_IS_BETTER",
  LOWER_IS_BETTER = "LOWER_IS_BETTER",
  TARGET_EXACT = "TARGET_EXACT",
}
registerEnumType(Direction, { name: "Direction", description: "Which way an indicator should move." });

export enum DataSource {
  ARS = "ARS",
  ESTABLISHMENT = "ESTABLISHMENT",
  ARS_AND_ESTABLISHMENT = "ARS_AND_ESTABLISHMENT",
}
registerEnumType(DataSource, { name: "DataSource", description: "Who collects the indicator's data (recueil des données)." });

/** The verdict on an indicator for a year at evaluation ([IDF evaluation 2022], docs/domain.md). */
export enum Verdict {
  MET = "MET",
  PARTLY_MET = "PARTLY_MET",
  NOT_MET = "NOT_MET",
  NO_LONGER_APPLICABLE = "NO_LONGER_APPLICABLE",
}
registerEnumType(Verdict, {
  name: "Verdict",
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
registerEnumType(MeasurabilityDecision, { name: "MeasurabilityDecision" });

// The evaluation's enums are the lifecycle's, shared by both families of contracts.
export { DiagnosticAuthor, EngagementProposalKind, EvaluationKind } from "../lifecycle/evaluation.entities";
