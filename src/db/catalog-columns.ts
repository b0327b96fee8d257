import pg from 'pg';
import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import type { SqlMigrationAwareDriverAdapterFactory, SqlQuery, SqlQueryable } from '@prisma/driver-adapter-utils';

// Two fixes to the pg driver adapter as the schema engine uses it. (1) The engine's catalogue queries read
// PostgreSQL's internal "char" type (constraint kinds and the like), which the pg adapter does not map. The client
// reports those columns as text and remembers them; the adapter wrapper then tells the engine they are `Character`,
// which is what its describer expects. (2) Migration scripts go to PostgreSQL whole (see executeScript below).
const internalCharOid = 18;
const textOid = 25;
const charColumnsByRows = new WeakMap<unknown[], number[]>();

function markCharColumns(result: pg.QueryResult | undefined): void {
  if (!result?.fields) return;
  const indexes = result.fields.flatMap((field, index) => (field.dataTypeID === internalCharOid ? [index] : []));
  if (!indexes.length) return;
  for (const index of indexes) result.fields[index]!.dataTypeID = textOid;
  charColumnsByRows.set(result.rows, indexes);
}

export class CatalogClient extends pg.Client {
  override query(...args: unknown[]): never {
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      args[args.length - 1] = (error: Error | null, result: pg.QueryResult) => {
        markCharColumns(result);
        (callback as (error: Error | null, result: pg.QueryResult) => void)(error, result);
      };
    }
    const pending = (super.query as (...a: unknown[]) => unknown)(...args);
    if (pending instanceof Promise) return pending.then((result: pg.QueryResult) => (markCharColumns(result), result)) as never;
    return pending as never;
  }
}

function withCharColumns<T extends SqlQueryable>(queryable: T): T {
  return new Proxy(queryable, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property === 'queryRaw') {
        return async (query: SqlQuery) => {
          const result = await target.queryRaw(query);
          for (const index of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
          return result;
        };
      }
      if (property === 'executeScript') {
        // The pg adapter cuts a script at every semicolon, those inside function bodies and comments too. The native
        // engine sends a migration whole, as one simple query, which PostgreSQL runs as one implicit transaction:
        // so does this (a query without parameters goes out as a simple query).
        return async (script: string) => {
          await target.executeRaw({ sql: script, args: [], argTypes: [] });
        };
      }
      if (property === 'startTransaction' && typeof value === 'function') {
        return async (...args: unknown[]) =>
          withCharColumns(await (value as (...a: unknown[]) => Promise<SqlQueryable>).apply(target, args));
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export function catalogAwareFactory(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withCharColumns(await factory.connect()),
    connectToShadowDb: async () => withCharColumns(await factory.connectToShadowDb()),
  };
}
