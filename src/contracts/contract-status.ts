import { registerEnumType } from "type-graphql";

/**
 * A contract's life: DRAFT → PROPOSED → NEGOTIATION → SIGNED → ACTIVE → CLOSED. ACTIVE is
 * not a stored state: a SIGNED contract is active from its start date to its end date.
 */
export enum ContractStatus {
  /** The agency prepares its proposal; the organisation does not see it as proposed yet. */
  DRAFT = "DRAFT",
  /** The agency's proposal is open to the organisation. */
  PROPOSED = "PROPOSED",
  /** Management dialogue: the organisation fills in, the agency comments. */
  NEGOTIATION = "NEGOTIATION",
  /** Signed by the agency and the organisation; changed only through amendments. */
  SIGNED = "SIGNED",
  ACTIVE = "ACTIVE",
  /** After the end date and the final evaluation. */
  CLOSED = "CLOSED",
}
registerEnumType(ContractStatus, {
  name: "ContractStatus",
  description: "Where a contract stands in its life.",
  valuesConfig: {
    DRAFT: { description: "Being prepared by the agency." },
    PROPOSED: { description: "The agency's proposal is open to the organisation." },
    NEGOTIATION: { description: "Management dialogue (dialogue de gestion): the organisation fills in, the agency comments." },
    SIGNED: { description: "Signed by the agency and the organisation, before its start date." },
    ACTIVE: { description: "Signed, between its start and end dates." },
    CLOSED: { description: "Closed after its end date and final evaluation." },
  },
});

/** The status as people see it: a signed contract is ACTIVE from its start date. */
export function effectiveStatus(stored: ContractStatus, startDate: string, today: string): ContractStatus {
  return stored === ContractStatus.SIGNED && today >= startDate ? ContractStatus.ACTIVE : stored;
}

/** Once signed, a contract's content changes only through an amendment. */
export const isSigned = (status: ContractStatus) => status === ContractStatus.SIGNED || status === ContractStatus.ACTIVE || status === ContractStatus.CLOSED;

export enum DeadlineFlag {
  /** The campaign's negotiation window has closed and the contract is not signed. */
  NEGOTIATION_OVERDUE = "NEGOTIATION_OVERDUE",
  /** The campaign's signature deadline has passed and the contract is not signed. */
  SIGNATURE_OVERDUE = "SIGNATURE_OVERDUE",
  /** The date to ask for renewal (or extension) has passed and it was not asked for. */
  RENEWAL_OVERDUE = "RENEWAL_OVERDUE",
}
registerEnumType(DeadlineFlag, {
  name: "DeadlineFlag",
  description: "A deadline a contract has missed, for the dashboards.",
  valuesConfig: {
    NEGOTIATION_OVERDUE: { description: "The campaign's negotiation window has closed and the contract is not signed." },
    SIGNATURE_OVERDUE: { description: "The campaign's signature deadline has passed and the contract is not signed." },
    RENEWAL_OVERDUE: { description: "The renewal (sanitary) or extension (medico-social) request is due and has not been recorded." },
  },
});

/** The deadlines a contract has missed (the one rule; the contracts filter says the same in SQL). */
export function deadlineFlags(
  status: ContractStatus,
  campaign: { negotiationClosesOn: string | null; signatureDeadline: string | null } | null,
  renewals: { scheduledOn: string; heldOn: string | null }[],
  today: string,
): DeadlineFlag[] {
  const flags: DeadlineFlag[] = [];
  if (campaign && !isSigned(status)) {
    if (campaign.negotiationClosesOn && today > campaign.negotiationClosesOn) flags.push(DeadlineFlag.NEGOTIATION_OVERDUE);
    if (campaign.signatureDeadline && today > campaign.signatureDeadline) flags.push(DeadlineFlag.SIGNATURE_OVERDUE);
  }
  if (status === ContractStatus.SIGNED && renewals.some((r) => r.heldOn === null && today > r.scheduledOn)) flags.push(DeadlineFlag.RENEWAL_OVERDUE);
  return flags;
}

/** The same rule as SQL over the alias `c` (contracts) with `:today`. */
export const PAST_DEADLINE_SQL = `((c.status IN ('${ContractStatus.DRAFT}', '${ContractStatus.PROPOSED}', '${ContractStatus.NEGOTIATION}') AND c.campaign_id IN (SELECT dc.id FROM campaign dc WHERE dc.negotiation_closes_on < :today OR dc.signature_deadline < :today))
  OR (c.status = '${ContractStatus.SIGNED}' AND c.id IN (SELECT dr.contract_id FROM contract_review dr WHERE dr.kind = 'RENEWAL' AND dr.held_on IS NULL AND dr.scheduled_on < :today)))`;
