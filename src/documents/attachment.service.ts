import path from "node:path";
import { auditCreate, auditUpdate, snapshot } from "../core/audit/audit";
import { currentUser } from "../core/auth/scope";
import type { RequestContext } from "../core/context";
import { badInput, notFound } from "../core/errors";
import { textProblem } from "../core/graphql/input-limits";
import { assertVersion } from "../core/versioning";
import { CommentTarget } from "../contracts/comment.entities";
import { contractPartOf } from "../contracts/comment.service";
import { requireContract, requireContractPart } from "../contracts/contract.access";
import { gate, Intent } from "../contracts/contract-life";
import type { Contract } from "../contracts/contract.entities";
import { auditScope } from "../contracts/contract.service";
import { Attachment } from "./attachment.entities";
import { msg } from "../core/i18n/message";

/**
 * What may be attached, by the type its content shows (file-type's detection): the
 * documents agencies and organisations exchange (PDF, Word, Excel, their OpenDocument
 * equivalents) and scans or photos (PNG, JPEG). Anything else is refused.
 */
export const ACCEPTED_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  png: "image/png",
  jpg: "image/jpeg",
};

/** The fields of an upload, as sent before the file. */
export interface AttachmentFields {
  contractId?: string;
  targetType?: string;
  targetId?: string;
  description?: string;
}

export interface PreparedAttachment {
  contract: Contract;
  targetType: CommentTarget;
  targetId: number;
  description: string;
}

function text(value: string | undefined, field: string, maxLength: number): string {
  const trimmed = (value ?? "").trim();
  if (!trimmed) throw badInput(field, msg`${field} is required`);
  const problem = textProblem(trimmed, { maxLength });
  if (problem) throw badInput(field, msg`${field} ${problem}`);
  return trimmed;
}

/**
 * Checks an upload before its bytes are read: the contract is one the user reads, the user
 * is one of its parties (the agency, the organisation, a department concerned) and it is not
 * closed, the target is a part of it, the description says what the document is.
 */
export async function prepareAttachment(ctx: RequestContext, fields: AttachmentFields): Promise<PreparedAttachment> {
  const contract = await requireContract(ctx, text(fields.contractId, "contractId", 20), "contractId");
  await gate(ctx, contract, Intent.ATTACH);
  const targetType = (fields.targetType ?? CommentTarget.CONTRACT) as CommentTarget;
  if (!Object.values(CommentTarget).includes(targetType)) throw badInput("targetType", msg`targetType must be one of ${Object.values(CommentTarget).join(", ")}`);
  const targetId = await contractPartOf(ctx.em, contract, targetType, fields.targetId);
  return { contract, targetType, targetId, description: text(fields.description, "description", 500) };
}

/**
 * A client's file name made safe to show and to offer back as a download name: its last path
 * segment, without control characters, at most 200 characters, the extension of the type its
 * content shows.
 */
export function safeFileName(sent: string | undefined, extension: string): string {
  const base = path.posix.basename(path.win32.basename(sent ?? ""));
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069"\\/:*?<>|]/g, "_").replace(/^\.+/, "").trim();
  const stem = cleaned.replace(/\.[^.]*$/, "") || "document";
  return `${stem.slice(0, 190)}.${extension}`;
}

/** Records an uploaded document once its bytes are stored (the other parties are told: DOCUMENT). */
export async function recordAttachment(
  ctx: RequestContext,
  prepared: PreparedAttachment,
  file: { fileName: string; mediaType: string; size: number; sha256: string; storageKey: string },
): Promise<Attachment> {
  // Checked again in the transaction: the contract may have closed while the bytes came in.
  const contract = await requireContract(ctx, prepared.contract.id, "contractId");
  await gate(ctx, contract, Intent.ATTACH);
  const attachment = await ctx.tm.save(
    ctx.tm.create(Attachment, {
      contractId: contract.id,
      targetType: prepared.targetType,
      targetId: prepared.targetId,
      description: prepared.description,
      ...file,
      uploadedById: currentUser(ctx).id,
      uploadedBy: ctx.actorName(),
      uploadedAt: ctx.now(),
      deletedAt: null,
      deletedBy: null,
      deletionReason: null,
    }),
  );
  await auditCreate(ctx, "Attachment", attachment, auditScope(contract));
  return attachment;
}

/** A document given by id, if the user may read its contract and the agency has not deleted it; otherwise NOT_FOUND. */
export async function requireAttachment(ctx: RequestContext, raw: string | number, field: string): Promise<{ attachment: Attachment; contract: Contract }> {
  const { row, contract } = await requireContractPart(ctx, Attachment, raw, field, msg`Document`, (a) => a.contractId);
  if (row.deletedAt) throw notFound(msg`Document`, raw, field);
  return { attachment: row, contract };
}

/** The agency deletes a document (as in e-CARS, only the agency): it is no longer listed nor downloaded; the row stays, with who, when and why. */
export async function deleteAttachment(ctx: RequestContext, input: { attachmentId: string; version: number; reason: string }): Promise<Attachment> {
  const { attachment, contract } = await requireAttachment(ctx, input.attachmentId, "attachmentId");
  await gate(ctx, contract, Intent.MANAGE);
  assertVersion(attachment, input.version, msg`Document`);
  const before = snapshot(attachment);
  Object.assign(attachment, { deletedAt: ctx.now(), deletedBy: ctx.actorName(), deletionReason: input.reason.trim() });
  const saved = await ctx.tm.save(attachment);
  await auditUpdate(ctx, "Attachment", before, saved, auditScope(contract));
  return saved;
}
