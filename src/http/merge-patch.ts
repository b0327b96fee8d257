// JSON Merge Patch (RFC 7396) on flat records: an absent member leaves the field alone, null clears it. Validated
// patches arrive with absent members as undefined; these are dropped so they can never overwrite anything.

export type Defined<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

export function presentFields<T extends object>(patch: T): Defined<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Defined<T>;
}

/**
 * Thrown inside a PATCH's transaction when the patch changed nothing, so that the transaction rolls back (no new
 * version, no audit row, no change in the feed); `record` is the record as it was, which keepUnchanged answers with.
 */
export class NothingChanged<T> extends Error {
  override name = 'NothingChanged';
  constructor(readonly record: T) {
    super('the patch changed nothing');
  }
}

/**
 * Throws NothingChanged(before) when `after` is `before` again apart from `version` and `updatedAt`: a PATCH that
 * sets values a record already has ("countryCode": null on a person with none, a meeting's own title) is no change
 * (new-user trial 101: each bumped the version and wrote a change whose before and after were equal). Both are the
 * record's DTO, built by the same function.
 */
export function assertChanged<T extends object>(before: T, after: T): void {
  const comparable = (record: T) => JSON.stringify({ ...record, version: undefined, updatedAt: undefined });
  if (comparable(before) === comparable(after)) throw new NothingChanged(before);
}

/** A PATCH's outcome: the updated record, or the record as it was when the patch changed nothing (assertChanged). */
export function keepUnchanged<T>(update: Promise<T>): Promise<T> {
  return update.catch((error: unknown) => {
    if (error instanceof NothingChanged) return error.record as T;
    throw error;
  });
}
