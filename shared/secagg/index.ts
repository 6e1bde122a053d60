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
export { checkAdvertisement, type PeerKeys } from "./advertisement";
export { SECAGG_ERROR_CODES, ok, fail, type SecAggErrorCode, type SecAggError, type Result } from "./errors";
export { SECAGG_PROTOCOLS, SECAGG_PURPOSES, type SecAggProtocol, type SecAggPurpose, type AdvertiseKeysRequest, type KeyAdvertisement,
  type ShareKeysRequest, type EncryptedShare, type MaskedInputRequest, type ConsistencyCheckRequest, type ConsistencySignature,
  type UnmaskRequest, type SecAggRequest, type AdvertiseKeysReply, type ShareKeysReply, type MaskedInputReply, type ConsistencyCheckReply,
  type RevealedShare, type UnmaskReply, type SecAggReply } from "./messages";
export { MIN_SECURE_PARTICIPANTS, DEFAULT_COLLUSION_BOUND, thresholdFor, defaultSecAggParams, paramsProblem, graphSeed,
  buildNeighbourGraph, neighboursInGraph, type SecAggParams, type DefaultParamOptions, type NeighbourGraph } from "./neighbour-graph";
export { SecAggPlusClient, type HeldInput, type SecureClientConfig } from "./secagg-plus-client";
export { SecAggPlusServer, type SecAggPlusServerConfig, type Aggregate, type StageTransition } from "./secagg-plus-server";
export { DEFAULT_SECAGG_POLICY, secaggParamsRefusal, type SecAggPolicy, type AnnouncedParams } from "./secagg-policy";
export { SECAGG_STAGES, ADDITIVE_STAGES, SERVER_STAGES, CLIENT_STAGES, isSecAggStage, nextStage, type SecAggStage, type ServerStage,
  type ClientStage } from "./stages";
export { transcriptDigest, idSetDigest, type RoundTranscript } from "./transcript";
export { AdditiveClient } from "./additive-client";
export { AdditiveServer, type AdditiveServerConfig } from "./additive-server";
export { chooseScale, maxEncodedMagnitude, sumErrorBound, encodeInto, encode, decodeSum, addInto, subInto, negateInto, ringSum,
  type ScaleOptions } from "../ring/index";
