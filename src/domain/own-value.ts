/**
 * Looking up a value by a key that comes from outside the code: a content id
 * in the text the build wrote, a place id from storage or a share link, a
 * path segment. Plain objects inherit `constructor`, `toString`,
 * `hasOwnProperty` and `__proto__` from Object.prototype, so `record[id]`
 * for such an id finds a function (whose `name` is "Object") instead of
 * nothing. Map is the better container where we build one; this is for
 * objects that come from JSON or an object literal.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined
}
