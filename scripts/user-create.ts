import "reflect-metadata";
import { parseArgs } from "node:util";
import { bootstrapUser } from "../src/accounts/bootstrap";
import { Role } from "../src/core/auth/roles";
import { systemClock } from "../src/core/clock";
import { loadConfig } from "../src/core/config";
import { Database } from "../src/core/database/database";
import { appSchema } from "../src/entities";
import { runSeeds } from "../src/app";

const USAGE = `Creates an account from the command line (the first agency admin, typically).

  npm run user:create -- --email admin@ars.example --name "Jeanne Martin" --role AGENCY_ADMIN --region 27

  --email, --name, --role   required; roles: ${Object.values(Role).join(", ")}
  --region                  the region whose agency manages the account (registered if missing):
                            agency roles, region viewers, organisation users
  --department              department users, department viewers (the department's region manages them)
  --organisation            organisation users: the organisation's FINESS juridique
  --password-stdin          read the password from standard input; otherwise a random one
                            is printed once and must be changed at first login`;

async function readStdin(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, "");
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      region: { type: "string" },
      department: { type: "string" },
      organisation: { type: "string" },
      "password-stdin": { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.help || !values.email || !values.name || !values.role) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 1);
  }
  if (!Object.values(Role).includes(values.role as Role)) throw new Error(`Unknown role ${values.role}; roles: ${Object.values(Role).join(", ")}`);
  const config = loadConfig();
  const db = await Database.open(config.database, appSchema);
  try {
    await runSeeds(db);
    const { user, password, agencyCreated } = await bootstrapUser(
      { db, clock: systemClock, auth: config.auth, mail: config.mail },
      {
        email: values.email,
        displayName: values.name,
        role: values.role as Role,
        regionCode: values.region,
        departmentCode: values.department,
        organisationFiness: values.organisation,
        password: values["password-stdin"] ? await readStdin() : undefined,
      },
    );
    if (agencyCreated) console.log(`Registered the agency of the account's region.`);
    console.log(`Created ${user.role} ${user.email} (id ${user.id}).`);
    if (!values["password-stdin"]) console.log(`Temporary password (shown once, to be changed at first login): ${password}`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
