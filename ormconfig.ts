import "reflect-metadata";
import { DataSource } from "typeorm";
import { loadConfig } from "./src/core/config";
import { dataSourceOptions } from "./src/core/database/database";
import { appSchema } from "./src/entities";

/**
 * The DataSource the TypeORM CLI uses (`npx typeorm-ts-node-commonjs -d ormconfig.ts …`):
 * SQLite at DATABASE_PATH (default data/cpom.sqlite), or PostgreSQL with DATABASE_URL.
 */
export default new DataSource(dataSourceOptions(loadConfig().database, appSchema));
