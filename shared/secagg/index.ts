/**
 * `conclave/secagg`: secure aggregation as stage machines (docs/protocol.md): SecAgg+ (Bell et
 * al. 2020: a k-regular neighbour graph, Shamir threshold t, the consistency check) and the
 * additive protocol, client and server, plus the parameter choice for n workers. The
 * coordinator's driver over Connections is `RingSecureDriver` in `conclave/coordinator`.
 *
 * ```ts
 * import { defaultSecAggParams, paramsProblem, thresholdFor } from "conclave/secagg";
 *
 * const { neighbors, threshold } = defaultSecAggParams(100, { collusionBound: 1, dropoutRate: 0.1 });
 * const problem: string | null = paramsProblem(100, neighbors, threshold, 1); // null: the parameters are safe
 * const t = thresholdFor(neighbors, 1);
 * ```
 */
export * from "./advertisement";
export * from "./errors";
export * from "./messages";
export * from "./neighbour-graph";
export * from "./secagg-plus-client";
export * from "./secagg-plus-server";
export * from "./secagg-policy";
export * from "./stages";
export * from "./transcript";
export * from "./additive-client";
export * from "./additive-server";
export * from "../ring/index";
