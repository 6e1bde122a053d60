// IdSet (docs/protocol.md section 9): consecutive (first, count) pairs, ascending, disjoint, not adjacent.

export const MAX_IDS = 100_000;
export const MAX_ID = 2 ** 31 - 1;

export function encodeIdSet(ids: readonly number[]): number[] {
  const sorted = [...ids].sort((a, b) => a - b);
  const ranges: number[] = [];
  for (const [i, id] of sorted.entries()) {
    if (!Number.isInteger(id) || id < 1 || id > MAX_ID) throw new RangeError(`an id lies in 1..2^31-1, got ${id}`);
    if (i > 0 && sorted[i - 1] === id) throw new RangeError(`id ${id} is listed twice`);
    const n = ranges.length;
    if (n > 0 && ranges[n - 2]! + ranges[n - 1]! === id) ranges[n - 1]! += 1;
    else ranges.push(id, 1);
  }
  return ranges;
}

/** Decodes ranges, refusing any encoding but the one canonical form. */
export function decodeIdSet(ranges: readonly number[], what: string): number[] {
  if (ranges.length % 2 !== 0) throw new Error(`${what}.ranges has an odd length (${ranges.length}); it holds (first, count) pairs`);
  const ids: number[] = [];
  let next = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    const first = ranges[i]!;
    const count = ranges[i + 1]!;
    if (first < 1 || count < 1 || first + count - 1 > MAX_ID) throw new Error(`${what}.ranges has an empty or out-of-range pair (${first}, ${count})`);
    if (first <= next) throw new Error(`${what}.ranges is not ascending, disjoint and non-adjacent at (${first}, ${count})`);
    if (ids.length + count > MAX_IDS) throw new Error(`${what} lists more than ${MAX_IDS} ids`);
    for (let k = 0; k < count; k++) ids.push(first + k);
    next = first + count;
  }
  return ids;
}
