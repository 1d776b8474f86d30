import type { EntityManager } from "typeorm";
import type { Contract, ContractKind } from "../contracts/contract.entities";
import type { ContractPart } from "../contracts/contract-life";
import type { RequestContext } from "../core/context";
import type { Message } from "../core/i18n/message";

/**
 * What each kind of contract gives the lifecycle: what must be complete before it is signed
 * or closed, and its content as plain data for versions. Each domain area registers its
 * own, so this folder does not depend on them.
 */
export interface ContractContent {
  /** What is missing or wrong before the parties may sign a part of it (empty: it may be signed). */
  signatureProblems(em: EntityManager, contract: Contract, part: ContractPart): Promise<Problem[]>;
  /** What is missing before the contract may be closed. */
  closureProblems(em: EntityManager, contract: Contract): Promise<Problem[]>;
  /** The content, keyed so that versions compare part by part. */
  snapshot(em: EntityManager, contract: Contract): Promise<Record<string, unknown>>;
  /**
   * For evaluations' proposals about an engagement (sanitary): the engagement given in
   * `field` as its id, checked to be one of this contract's (NOT_FOUND otherwise).
   */
  engagementOf?(ctx: RequestContext, contract: Contract, id: number, field: string): Promise<number>;
}

export interface Problem {
  rule: string;
  message: Message;
}

const contents = new Map<ContractKind, ContractContent>();

export function registerContractContent(kind: ContractKind, content: ContractContent): void {
  contents.set(kind, content);
}

export function contentOf(kind: ContractKind): ContractContent {
  const content = contents.get(kind);
  if (!content) throw new Error(`No contract content registered for ${kind}`);
  return content;
}

export interface ContentChange {
  /** Where, e.g. "modules.PREVENTION.actions.12.title". */
  path: string;
  /** JSON of the value before (null: it did not exist). */
  before: string | null;
  after: string | null;
}

/** Leaves of a snapshot by dotted path; arrays are compared whole. */
function flatten(value: unknown, prefix: string, into: Map<string, string>): Map<string, string> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else if (prefix) {
    into.set(prefix, JSON.stringify(value ?? null));
  }
  return into;
}

/** What differs between two versions of a contract's content, path by path, in order. */
export function diffContent(before: Record<string, unknown>, after: Record<string, unknown>): ContentChange[] {
  const a = flatten(before, "", new Map());
  const b = flatten(after, "", new Map());
  return [...new Set([...a.keys(), ...b.keys()])]
    .sort()
    .filter((path) => a.get(path) !== b.get(path))
    .map((path) => ({ path, before: a.get(path) ?? null, after: b.get(path) ?? null }));
}
