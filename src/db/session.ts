/**
 * Startup options every connection to PostgreSQL sends (libpq `options`): the session time zone is UTC, so that
 * instants, `now()`, date casts and text renderings never depend on the server's or database's default time zone.
 * Columns are timestamptz; this only pins how they are read and written.
 */
export const sessionOptions = '-c TimeZone=UTC';
