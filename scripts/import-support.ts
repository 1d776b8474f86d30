import { runSeeds } from "../src/app";
import { User } from "../src/accounts/account.entities";
import { authUserOf } from "../src/accounts/account.service";
import { systemClock } from "../src/core/clock";
import { loadConfig } from "../src/core/config";
import { RequestContext } from "../src/core/context";
import { Database } from "../src/core/database/database";
import { appSchema } from "../src/entities";
import type { ImportProblem } from "../src/imports/finess-extract";

/**
 * What the import commands share: the server's database and configuration, acting as an
 * agency admin given by email (its region, its audit trail), the report printed (a summary in
 * JSON, then one line per problem) and the exit code (1 when a line has a problem).
 */
export async function runImport(email: string, work: (ctx: RequestContext) => Promise<{ problems: ImportProblem[] }>): Promise<void> {
  const config = loadConfig();
  const db = await Database.open(config.database, appSchema);
  try {
    await runSeeds(db);
    const user = await db.reader.manager.findOneBy(User, { email: email.toLowerCase() });
    if (!user || !user.active) throw new Error(`No active account ${email}`);
    const ctx = new RequestContext({ db, clock: systemClock, auth: config.auth, mail: config.mail });
    const { problems, ...summary } = await work(ctx.as(await authUserOf(ctx, user, 0)));
    console.log(JSON.stringify(summary, null, 2));
    for (const p of problems) console.log(`${p.sheet ? `${p.sheet}, ` : ""}line ${p.line}${p.column ? `, ${p.column}` : ""}: ${p.message}`);
    process.exitCode = problems.length ? 1 : 0;
  } finally {
    await db.close();
  }
}

export function fail(error: unknown): never {
  console.error((error as Error).message);
  process.exit(2);
}
