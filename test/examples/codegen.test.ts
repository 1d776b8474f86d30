import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";

const ROOT = path.join(__dirname, "..", "..");

describe("GraphQL Code Generator over every example operation (the README's)", () => {
  it("generates TypeScript types with the documented scalar mappings (examples/codegen.ts), and the result compiles", () => {
    // As a client project runs it: the codegen CLI with the example config, in a directory of its own.
    const project = fs.mkdtempSync(path.join(os.tmpdir(), "cpom-codegen-"));
    for (const entry of ["schema", "examples", "node_modules"]) fs.symlinkSync(path.join(ROOT, entry), path.join(project, entry));
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "@graphql-codegen", "cli", "cjs", "bin.js"), "--config", "examples/codegen.ts", "--silent"], { cwd: project, stdio: "pipe" });
    const target = path.join(project, "generated", "operations.ts");
    const code = fs.readFileSync(target, "utf8");
    // One type per operation (codegen refuses two operations of the same name), scalars as documented.
    for (const name of ["LoginMutation", "PlanQuery", "RegionDashboardQuery", "SanitaryContractQuery", "SetIndicatorTargetsMutationVariables"]) expect(code).toContain(`export type ${name} =`);
    // DateTimeISO and LocalDate as strings (inputs and outputs), not `any`.
    expect(code).toContain("login: { token: string, expiresAt: string,");
    expect(code).toMatch(/plannedEndDate\?: string \| null/);
    expect(code).not.toMatch(/: any\b/);
    // Strict TypeScript accepts it as it is.
    const program = ts.createProgram([target], { strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022 });
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
    fs.rmSync(project, { recursive: true, force: true });
  });
});
