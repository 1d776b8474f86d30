import type { GatewayGraphQLRequestContext } from "@apollo/server-gateway-interface";
import { execute, getOperationAST, parse, type DocumentNode, type ExecutionResult, type GraphQLError, type GraphQLSchema } from "graphql";
import { appResolvers, authenticate } from "../../src/app";
import { RequestContext } from "../../src/core/context";
import { DomainError } from "../../src/core/errors";
import { compiledExecution, type CompiledExecution } from "../../src/core/graphql/compiled-execution";
import { buildGraphQLSchema } from "../../src/core/graphql/schema";
import { startTestApp, type TestApp } from "../support/app";
import { addAction, contractScenario, createAgency, createEstablishment, createOrganisation, moduleOf, moveAction } from "../support/builders";

const PLAN = `query Plan($id: ID!) {
  contract(id: $id) { id startDate progressRate planStatus modules {
    moduleType { code title } progressRate themes { code title }
    actions { id title phase completion progress plannedEndDate phaseHistory { fromPhase toPhase changedAt } }
  } }
}`;

/** An error as a client reads it, and what the formatter reads of it. */
const seen = (error: GraphQLError) => ({
  message: error.message,
  path: error.path,
  locations: error.locations,
  extensions: { ...error.extensions },
  original: error.originalError?.constructor.name,
});

/** graphql-jit behind the server (core/graphql/compiled-execution.ts) answers as graphql-js does. */
describe("compiled execution: an operation seen again runs through graphql-jit, with graphql-js's answers and errors", () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let contractId: string;
  let organisationId: string;
  let agencyId: string;

  beforeAll(async () => {
    app = await startTestApp();
    schema = await buildGraphQLSchema(appResolvers);
    const { contract, organisation, agency } = await contractScenario(app);
    [contractId, organisationId, agencyId] = [contract.id, organisation.id, agency.id];
    const action = await addAction(app, moduleOf(contract, "PREVENTION").id, { plannedStartDate: "2026-03-01", plannedEndDate: "2027-01-15" });
    await moveAction(app, action.id, "PLANNING", 40);
  });
  afterAll(() => app.close());

  /** One request as Apollo hands it to the executor: the document is the one its cache keeps for the query text. */
  const request = async (document: DocumentNode, variables: Record<string, unknown>): Promise<GatewayGraphQLRequestContext> => {
    const { user } = await authenticate(app.runtime, `Bearer ${app.token}`);
    const operation = getOperationAST(document)!;
    return { request: { variables }, document, operation, operationName: operation.name?.value ?? null, context: new RequestContext(app.runtime, user) } as unknown as GatewayGraphQLRequestContext;
  };
  const run = async (execution: CompiledExecution, document: DocumentNode, variables: Record<string, unknown> = {}) => execution.executor(await request(document, variables));
  const byGraphqlJs = async (document: DocumentNode, variables: Record<string, unknown> = {}) => {
    const { context } = await request(document, variables);
    return (await execute({ schema, document, variableValues: variables, contextValue: context })) as ExecutionResult;
  };

  it("runs an operation on graphql-js until it is seen `threshold` times, then compiled, with the same answer", async () => {
    const execution = compiledExecution(schema, { threshold: 2 });
    const document = parse(PLAN);
    const first = await run(execution, document, { id: contractId });
    expect(execution.isCompiled(document, "Plan")).toBe(false);
    const second = await run(execution, document, { id: contractId });
    expect(execution.isCompiled(document, "Plan")).toBe(true);
    const third = await run(execution, document, { id: contractId });
    expect(first.errors).toBeUndefined();
    expect(first.data!.contract.modules.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.stringify(third)).toBe(JSON.stringify(first));
    // Another text is another document: compiled on its own count.
    expect(execution.isCompiled(parse(PLAN), "Plan")).toBe(false);
  });

  it("answers fragments, aliases and @include/@skip on fragment spreads and fields as graphql-js does", async () => {
    const execution = compiledExecution(schema, { threshold: 1 });
    const document = parse(`query Parts($id: ID!, $with: Boolean!, $without: Boolean!) {
      contract(id: $id) { id ...Period @include(if: $with) first: modules { moduleType { code } ...Actions @skip(if: $without) } again: modules { id @include(if: $without) } }
    }
    fragment Period on Contract { startDate ... on Contract { planStatus } }
    fragment Actions on ContractModule { actions { id phase title @skip(if: $with) } }`);
    for (const [withParts, without] of [[true, false], [false, true], [true, true], [false, false]]) {
      const variables = { id: contractId, with: withParts, without };
      const compiled = await run(execution, document, variables);
      expect(JSON.stringify(compiled)).toBe(JSON.stringify(await byGraphqlJs(document, variables)));
    }
  });

  it("gives a resolver's errors as graphql-js does: message, path, locations, code and field, the domain error behind", async () => {
    const execution = compiledExecution(schema, { threshold: 1 });
    const cases: [string, Record<string, unknown>][] = [
      [`query($id: ID!) { contract(id: $id) { id } }`, { id: "not-a-number" }],
      [`query($id: ID!) { first: contract(id: $id) { id } organisation(id: "x") { id } }`, { id: contractId }],
      [`{ contracts(take: 1000) { totalCount } }`, {}],
    ];
    for (const [query, variables] of cases) {
      const document = parse(query);
      const compiled = await run(execution, document, variables);
      expect(execution.isCompiled(document, null)).toBe(true);
      const reference = await byGraphqlJs(document, variables);
      expect(reference.errors?.length).toBeGreaterThan(0);
      expect(compiled.errors!.map(seen)).toEqual(reference.errors!.map(seen));
      expect(compiled.data).toEqual(reference.data);
    }
    const domain = await run(execution, parse(cases[0][0]), cases[0][1]);
    expect(domain.errors![0].originalError).toBeInstanceOf(DomainError);
    expect(domain.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
  });

  it("checks variables with graphql-js, whose messages name the value at fault", async () => {
    const execution = compiledExecution(schema, { threshold: 1 });
    const document = parse(`query($filter: ContractFilter, $take: Int) { contracts(filter: $filter, take: $take) { totalCount } }`);
    for (const variables of [{ take: "ten" }, { filter: { kind: "NEITHER" } }, { filter: { unknown: 1 } }]) {
      const compiled = await run(execution, document, variables);
      const reference = await byGraphqlJs(document, variables);
      expect(compiled.data).toBeUndefined();
      expect(compiled.errors!.map((e) => e.message)).toEqual(reference.errors!.map((e) => e.message));
    }
  });

  it("leaves on graphql-js an operation whose variables graphql-jit refuses (a required input field left to its default), running it once", async () => {
    const execution = compiledExecution(schema, { threshold: 1 });
    const document = parse(`mutation Open($input: OpenMedicoSocialContractInput!) { openMedicoSocialContract(input: $input) { id modules { moduleType { code } } } }`);
    const other = await createOrganisation(app, { name: "Association Les Érables" });
    await createEstablishment(app, other.id, { name: "EHPAD Les Érables", sector: "ELDERLY", category: "EHPAD", departmentCode: "71" });
    const { id: otherAgency } = await createAgency(app, "27");
    expect(otherAgency).toBe(agencyId);
    const opened = await run(execution, document, { input: { organisationId: other.id, agencyId, startDate: "2026-01-01" } });
    expect(opened.errors).toBeUndefined();
    expect(execution.isCompiled(document, "Open")).toBe(false);
    const listed = await app.ok(`query($id: ID!) { contracts(filter: { organisationId: $id }) { totalCount } }`, { id: other.id });
    expect(listed.contracts.totalCount).toBe(1);
    expect(organisationId).not.toBe(other.id);
  });

  it("keeps a bounded number of operations compiled, dropping the least recently run first (compiled again once seen again)", async () => {
    const execution = compiledExecution(schema, { threshold: 1, maxCompiled: 2 });
    const [a, b, c] = ["a", "b", "c"].map((alias) => parse(`query { ${alias}: contract(id: "${contractId}") { id } }`));
    await run(execution, a);
    await run(execution, b);
    await run(execution, a);
    await run(execution, c);
    expect([a, b, c].map((document) => execution.isCompiled(document, null))).toEqual([true, false, true]);
    const again = await run(execution, b);
    expect(again).toEqual({ data: { b: { id: contractId } } });
    expect([a, b, c].map((document) => execution.isCompiled(document, null))).toEqual([false, true, true]);
  });
});
