import { conflict } from "./errors";
import { msg, type Message } from "./i18n/message";

/**
 * Optimistic locking: an edit states the version it was based on. Checked inside the
 * transaction, which SQLite runs alone and PostgreSQL runs SERIALIZABLE: two edits based
 * on the same version cannot both pass.
 */
export function assertVersion(entity: { version: number }, expected: number, what: Message): void {
  if (entity.version !== expected) {
    throw conflict(msg`${what} was changed by someone else since you read it (version ${expected}, now ${entity.version}): reload it and apply your change again`, {
      field: "version",
      currentVersion: entity.version,
    });
  }
}
