// Positions in PostgreSQL's write-ahead log (pg_lsn, written "16/B374D848": the high and low 32 bits in hex), and the
// consistency token a write response carries: the primary's WAL position after the commit, base64url-encoded so that
// clients treat it as opaque.

const lsnPattern = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;

/** A pg_lsn's text ("0/3000148") as a number of bytes into the WAL; null when the text is not a pg_lsn. */
export function parseLsn(text: string): bigint | null {
  const match = lsnPattern.exec(text);
  if (!match) return null;
  return (BigInt(`0x${match[1]!}`) << 32n) + BigInt(`0x${match[2]!}`);
}

/** The pg_lsn text of a WAL position, as PostgreSQL writes it ("0/3000148"). */
export function formatLsn(position: bigint): string {
  return `${(position >> 32n).toString(16).toUpperCase()}/${(position & 0xffffffffn).toString(16).toUpperCase()}`;
}

/** The X-Consistency-Token of a WAL position: base64url of its pg_lsn text. */
export function encodeConsistencyToken(position: bigint): string {
  return Buffer.from(formatLsn(position), 'utf8').toString('base64url');
}

/** The WAL position a consistency token names; null when the token is not one this API issues. */
export function decodeConsistencyToken(token: string): bigint | null {
  if (!/^[A-Za-z0-9_-]{1,24}$/.test(token)) return null;
  return parseLsn(Buffer.from(token, 'base64url').toString('utf8'));
}
