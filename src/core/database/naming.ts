import { DefaultNamingStrategy, type NamingStrategyInterface } from "typeorm";

/** "progressRate" → "progress_rate": how property names become column names. */
export const snakeCase = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/**
 * snake_case column names, so raw SQL (dashboards, benchmarks, psql) needs no quoting.
 * Written here because typeorm-naming-strategies does not support TypeORM 1.
 */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snakeCase([...prefixes, customName ?? propertyName].join("_"));
  }
}
