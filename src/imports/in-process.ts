import { execute, type DocumentNode, type GraphQLSchema } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import type { RequestContext } from "../core/context";
import { DomainError, flattenValidationErrors } from "../core/errors";
import { joinMessages, Worded } from "../core/i18n/message";
import type { ImportProblem } from "./finess-extract";

/** One mutation of an import, and where a refusal of one of its fields is to be reported. */
export interface ImportStep {
  document: DocumentNode;
  variables: Record<string, unknown>;
  /** The row a refused field (a path inside the input) came from. */
  placeOf: (field: string) => Omit<ImportProblem, "message">;
  /** What the mutation answered (kept only when the import writes). */
  answered?: (data: Record<string, unknown>) => void;
}

/** Rolls the transaction back: a dry run once the API has checked everything, or a refusal. */
class Rollback extends Error {}

/**
 * Runs an import's mutations in this process as the user, through the API itself (its
 * validation, rules, audit trail), in one transaction: all are written, or none when one is
 * refused (the refusal reported at its row); a dry run runs them all, then rolls back, so
 * what it reports is what a real run would meet. Returns whether it wrote.
 */
export async function runImportMutations(ctx: RequestContext, schema: GraphQLSchema, steps: ImportStep[], dryRun: boolean, problems: ImportProblem[]): Promise<boolean> {
  if (!steps.length) return false;
  try {
    await ctx.transaction(async () => {
      for (const step of steps) {
        const result = await execute({ schema, document: step.document, contextValue: ctx, variableValues: step.variables });
        const error = result.errors?.[0];
        if (!error) {
          if (!dryRun) step.answered?.(result.data as Record<string, unknown>);
          continue;
        }
        if (error.originalError instanceof ArgumentValidationError) {
          for (const v of flattenValidationErrors(error.originalError.extensions.validationErrors)) problems.push({ ...step.placeOf(v.field), message: joinMessages(v.messages) });
        } else if (error.originalError instanceof DomainError) {
          problems.push({ ...step.placeOf(String(error.extensions.field ?? "")), message: error.originalError.text });
        } else if (error.extensions.code) {
          // graphql-js's own refusal of a value (a bad enum or date): its wording, in English.
          problems.push({ ...step.placeOf(String(error.extensions.field ?? "")), message: new Worded(error.message) });
        } else throw error;
        throw new Rollback();
      }
      if (dryRun) throw new Rollback();
    });
    return true;
  } catch (error) {
    if (error instanceof Rollback) return false;
    throw error;
  }
}
