import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { appResolvers } from "../src/app";
import { buildGraphQLSchema, printGraphQLSchema } from "../src/core/graphql/schema";
import { projectRoot } from "../src/core/seeds";

/** Writes (--write) or checks (--check) schema/schema.graphql against the code. */
async function main() {
  const file = path.join(projectRoot(), "schema", "schema.graphql");
  const sdl = printGraphQLSchema(await buildGraphQLSchema(appResolvers));
  if (process.argv.includes("--write")) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, sdl);
    console.log(`Wrote ${path.relative(process.cwd(), file)}`);
    return;
  }
  const committed = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (committed !== sdl) {
    console.error("schema/schema.graphql is out of date with the code: run `npm run schema:emit` and commit it.");
    process.exit(1);
  }
  console.log("schema/schema.graphql matches the code.");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
