/** What went wrong with one connection attempt, in a closed set a test (or a supervisor's log search) can match. */
export type ConnectProblem = "refused" | "timed-out" | "name-not-resolved" | "certificate-not-trusted" | "speaks-tls" | "speaks-plain-http" | "reset" | "other";

export interface ConnectDiagnosis {
  readonly problem: ConnectProblem;
  /** A sentence saying what is wrong and what to do. */
  readonly sentence: string;
}

const UNTRUSTED = new Set(["DEPTH_ZERO_SELF_SIGNED_CERT", "SELF_SIGNED_CERT_IN_CHAIN", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "CERT_UNTRUSTED", "CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID", "ERR_TLS_CERT_ALTNAME_INVALID"]);

function field(x: unknown, key: string): unknown {
  return typeof x === "object" && x !== null ? Reflect.get(x, key) : undefined;
}

/**
 * Turn socket.io-client's `connect_error` (a TransportError "websocket error" whose
 * `description` carries the socket's own Error, or a bare "timeout") into what happened: the
 * coordinator refused, did not answer, has a name that does not resolve, presented a
 * certificate this site does not trust, or speaks TLS when told http:// (or the reverse).
 */
export function diagnoseConnectError(err: unknown, url: string): ConnectDiagnosis {
  // In Node the description is ws's ErrorEvent, whose `error` is the socket's Error (with its code).
  const description = field(err, "description");
  const cause = field(description, "error") ?? description ?? err;
  const code = String(field(cause, "code") ?? "");
  const message = String(field(cause, "message") ?? (err instanceof Error ? err.message : String(err)));
  const host = (() => { try { return new URL(url).host; } catch { return url; } })();
  const tls = url.startsWith("https:") || url.startsWith("wss:");
  if (code === "ECONNREFUSED") return { problem: "refused", sentence: `${host} refused the connection (${code}): nothing listens on that port; check the port and that the coordinator is running` };
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NONAME") {
    return { problem: "name-not-resolved", sentence: `the name in ${url} does not resolve (${code}); check the spelling of the host name and this machine's DNS` };
  }
  if (code === "ETIMEDOUT" || message === "timeout" || /no answer within/.test(message)) {
    return { problem: "timed-out", sentence: `${host} did not answer in time; check that a firewall lets this machine connect out to it, and that the coordinator is not overloaded` };
  }
  if (UNTRUSTED.has(code)) {
    return { problem: "certificate-not-trusted", sentence: `the certificate of ${host} is not trusted (${code}: ${message}); give the federation's CA certificate with --ca, or check that you are talking to the right server` };
  }
  if (tls && (code === "EPROTO" || /wrong version number|packet length too long|unknown protocol/.test(message))) {
    return { problem: "speaks-plain-http", sentence: `${host} does not speak TLS on that port (${code || message.split("\n")[0]}); use http:// if the coordinator runs without --tls-key, or the port it serves TLS on` };
  }
  if (!tls && (code === "ECONNRESET" || /socket hang up/.test(message))) {
    return { problem: "speaks-tls", sentence: `${host} closed the connection without an answer (${code || message}); if the coordinator serves TLS (--tls-key), use https:// (with --ca for the federation's CA)` };
  }
  if (code === "ECONNRESET" || code === "EPIPE") return { problem: "reset", sentence: `${host} reset the connection (${code}); a proxy or firewall between may be cutting it` };
  return { problem: "other", sentence: `${message}${code ? ` (${code})` : ""}` };
}
