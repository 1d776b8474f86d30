import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { execute, getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/**
 * Operations run through graphql-jit once they are seen again: it compiles an operation into
 * one function for the schema, where graphql-js walks the query field by field on every
 * request (on the plan screen, some 700 fields: a fifth of the request's time). The first
 * `threshold - 1` executions of an operation run on graphql-js, so a query sent once (or a
 * flood of distinct ones) costs no compilation; compiling the plan screen takes 1 to 3 ms.
 *
 * Variables are checked by graphql-js first: its messages name the variable and the path of
 * the value at fault, which the error formatter reads back into `extensions.field`. An
 * operation whose variables graphql-jit refuses where graphql-js accepts them (it does not
 * apply the default of a required input field) stays on graphql-js.
 *
 * Apollo Server 5 takes another executor only through its gateway interface, hence the shape
 * (one schema, never updated).
 */
export interface CompiledExecutionOptions {
  /** The execution of an operation from which it runs compiled (1: from the first). */
  threshold: number;
  /**
   * How many operations stay compiled, the least recently run dropped first (it runs on
   * graphql-js until seen `threshold` times again): a compiled operation weighs far more than
   * its parsed text (the plan screen's: about 215 KB), so a flood of distinct queries, each
   * sent twice, must not fill the heap. Default 200.
   */
  maxCompiled?: number;
}

interface Operation {
  seen: number;
  /** Undefined until compiled; null when graphql-jit could not compile it (graphql-js runs it). */
  compiled?: CompiledQuery | null;
}

/**
 * A resolver's error as graphql-js gives it (graphql-jit's own error class leaves
 * `extensions` undefined when the error had none, and the plugins and the formatter read it).
 */
function located(error: GraphQLError): GraphQLError {
  const normalized = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? undefined });
  return Object.assign(normalized, { locations: error.locations });
}

export interface CompiledExecution {
  gateway: GatewayInterface;
  executor: GatewayExecutor;
  /** Whether an operation of this document now runs compiled. */
  isCompiled(document: DocumentNode, operationName: string | null): boolean;
}

export function compiledExecution(schema: GraphQLSchema, options: CompiledExecutionOptions): CompiledExecution {
  // Keyed by Apollo's parsed document (one per query text, kept while its document cache keeps it).
  const operations = new WeakMap<DocumentNode, Map<string, Operation>>();

  // The compiled operations, least recently run first.
  const compiledOnes = new Map<Operation, true>();
  const maxCompiled = options.maxCompiled ?? 200;
  const keep = (operation: Operation) => {
    compiledOnes.delete(operation);
    compiledOnes.set(operation, true);
    if (compiledOnes.size <= maxCompiled) return;
    const [oldest] = compiledOnes.keys();
    compiledOnes.delete(oldest);
    oldest.compiled = undefined;
    oldest.seen = 0;
  };

  const operationOf = (document: DocumentNode, name: string | null): Operation => {
    let byName = operations.get(document);
    if (!byName) operations.set(document, (byName = new Map()));
    let operation = byName.get(name ?? "");
    if (!operation) byName.set(name ?? "", (operation = { seen: 0 }));
    return operation;
  };

  const executor: GatewayExecutor = async (request) => {
    const { document, operationName, operation: definition, context } = request;
    const variables = request.request.variables ?? {};
    const operation = operationOf(document, operationName);
    operation.seen += 1;
    if (operation.compiled === undefined && operation.seen >= options.threshold) {
      const compiled = compileQuery(schema, document, operationName ?? undefined);
      operation.compiled = isCompiledQuery(compiled) ? compiled : null;
    }
    if (!operation.compiled) return execute({ schema, document, operationName, variableValues: variables, contextValue: context }) as Promise<ExecutionResult>;
    keep(operation);
    const coerced = getVariableValues(schema, definition.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const result = await operation.compiled.query(undefined, context, variables);
    if (!("data" in result)) {
      // Variables graphql-js accepts and graphql-jit refuses: a required input field left out
      // for its default value, which graphql-jit does not apply. graphql-js runs the operation.
      operation.compiled = null;
      compiledOnes.delete(operation);
      return execute({ schema, document, operationName, variableValues: variables, contextValue: context }) as Promise<ExecutionResult>;
    }
    return result.errors ? { ...result, errors: result.errors.map(located) } : result;
  };

  let listener: ((schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | null = null;
  const gateway: GatewayInterface = {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => {
        listener = null;
      };
    },
    load() {
      listener?.({ apiSchema: schema, coreSupergraphSdl: "" });
      return Promise.resolve({ executor });
    },
    stop: () => Promise.resolve(),
  };
  return { gateway, executor, isCompiled: (document, name) => Boolean(operations.get(document)?.get(name ?? "")?.compiled) };
}
