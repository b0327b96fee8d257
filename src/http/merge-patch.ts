// JSON Merge Patch (RFC 7396) on flat records: an absent member leaves the field alone, null clears it. Validated
// patches arrive with absent members as undefined; these are dropped so they can never overwrite anything.

export type Defined<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

export function presentFields<T extends object>(patch: T): Defined<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Defined<T>;
}
