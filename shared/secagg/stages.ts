/**
 * The stages of secure aggregation, as closed lists. A message belongs to exactly one stage;
 * each machine also has terminal states. SecAgg+ runs all five stages; the additive protocol
 * the first three (every share is needed, so there is nothing to check or unmask).
 */

export const SECAGG_STAGES = ["AdvertiseKeys", "ShareKeys", "MaskedInput", "ConsistencyCheck", "Unmask"] as const;
export type SecAggStage = (typeof SECAGG_STAGES)[number];

export const ADDITIVE_STAGES = ["AdvertiseKeys", "ShareKeys", "MaskedInput"] as const satisfies readonly SecAggStage[];

/** The coordinator: one stage at a time, then the aggregate or an abort. */
export const SERVER_STAGES = [...SECAGG_STAGES, "Done", "Aborted"] as const;
export type ServerStage = (typeof SERVER_STAGES)[number];

/** A worker: which request it accepts next; Done after its last stage (or an abort). */
export const CLIENT_STAGES = [...SECAGG_STAGES, "Done"] as const;
export type ClientStage = (typeof CLIENT_STAGES)[number];

export function isSecAggStage(value: string): value is SecAggStage {
  return (SECAGG_STAGES as readonly string[]).includes(value);
}

/** The stage after `stage` in SecAgg+ ("Done" after the last). */
export function nextStage(stage: SecAggStage): SecAggStage | "Done" {
  return SECAGG_STAGES[SECAGG_STAGES.indexOf(stage) + 1] ?? "Done";
}
