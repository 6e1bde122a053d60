/**
 * The stages of SecAgg+, as closed lists. A message belongs to exactly one of
 * the four protocol stages; each machine also has terminal states.
 */

/** The protocol stages, in order. Every message carries one of these. */
export const SECAGG_STAGES = ["AdvertiseKeys", "ShareKeys", "MaskedInput", "Unmask"] as const;
export type SecAggStage = (typeof SECAGG_STAGES)[number];

/** The coordinator: one stage at a time, then the aggregate or an abort. */
export const SERVER_STAGES = ["AdvertiseKeys", "ShareKeys", "MaskedInput", "Unmask", "Done", "Aborted"] as const;
export type ServerStage = (typeof SERVER_STAGES)[number];

/** A worker: which request it accepts next; Done after it has answered Unmask (or was not asked). */
export const CLIENT_STAGES = ["AdvertiseKeys", "ShareKeys", "MaskedInput", "Unmask", "Done"] as const;
export type ClientStage = (typeof CLIENT_STAGES)[number];

export function nextStage(stage: SecAggStage): SecAggStage | "Done" {
  const i = SECAGG_STAGES.indexOf(stage);
  return SECAGG_STAGES[i + 1] ?? "Done";
}

export function isSecAggStage(value: string): value is SecAggStage {
  return (SECAGG_STAGES as readonly string[]).includes(value);
}
