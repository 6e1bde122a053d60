/** The value at a path of keys in parsed JSON (undefined where the path breaks): reads a file's JSON without a cast. */
export function field(v: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((o, k) => (typeof o === "object" && o !== null ? Reflect.get(o, k) : undefined), v);
}
