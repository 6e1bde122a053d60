/**
 * The coordinator's neighbour-threshold checks for SecAgg+ (Bell et al.): whether every worker
 * still has t live neighbours, and whether the secrets of a sum can be rebuilt from the workers
 * left. Pure functions of the graph and the stage sets (SecAggPlusServer holds the state).
 */
import { sortIds } from "./validation";

/** The live neighbours of a worker among a set, in graph order. */
export type LiveNeighbours = (id: number, among: ReadonlySet<number>) => number[];

/** The first worker of `of` (ascending) with fewer than t neighbours in `among`, or null. */
export function shortOfNeighbours(of: ReadonlySet<number>, among: ReadonlySet<number>, threshold: number,
  liveNeighbours: LiveNeighbours): { id: number; count: number } | null {
  for (const id of sortIds(of)) {
    const count = liveNeighbours(id, among).length;
    if (count < threshold) return { id, count };
  }
  return null;
}

/**
 * Why the secrets of the sum could not be rebuilt from the workers in `holders` (each survivor's
 * self-mask seed, each dropped worker's mask key: t shares each); null when they can.
 * `survivors` are the workers whose masked input is in the sum (U3), `shared` those that shared keys (U2).
 */
export function unrecoverable(holders: ReadonlySet<number>, survivors: readonly number[], shared: ReadonlySet<number>, threshold: number,
  liveNeighbours: LiveNeighbours): string | null {
  const u3 = new Set(survivors);
  const short = shortOfNeighbours(u3, holders, threshold, liveNeighbours);
  if (short !== null) return `surviving worker ${short.id} has only ${short.count} live neighbours left, fewer than the threshold t = ${threshold}`;
  const gone = [...shared].filter((id) => !u3.has(id) && liveNeighbours(id, u3).length > 0);
  const shortGone = shortOfNeighbours(new Set(gone), holders, threshold, liveNeighbours);
  if (shortGone !== null) return `dropped worker ${shortGone.id} has only ${shortGone.count} live neighbours holding its key shares, fewer than the threshold t = ${threshold}`;
  return null;
}
