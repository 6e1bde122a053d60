import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

export const DASHBOARD_COOKIE = "conclave_dashboard";

export class DashboardTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DashboardTokenError";
  }
}

/** A fresh token: 256 bits from the OS CSPRNG, URL-safe. */
export function generateDashboardToken(): string {
  return randomBytes(32).toString("base64url");
}

/** A token given by the operator must be long enough to resist guessing and safe in a URL. */
export function checkDashboardToken(token: string): string {
  if (!/^[A-Za-z0-9._~-]{16,256}$/.test(token)) {
    throw new DashboardTokenError("a dashboard token must be 16 to 256 characters from A-Z a-z 0-9 . _ ~ -; leave --dashboard-token out to have one generated");
  }
  return token;
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

/** Constant-time equality of two strings of any length (compared as SHA-256 digests). */
function same(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/**
 * Who may see the dashboard: a request with the token (`?token=` on the first visit,
 * or `Authorization: Bearer` for scripts) or with the session cookie the first visit
 * set. The cookie holds an HMAC of the token, HttpOnly and SameSite=Strict, so the page
 * and its script never see the token and the address bar loses it after the first visit.
 */
export class DashboardAuth {
  private readonly session: string;

  constructor(private readonly token: string) {
    this.session = createHmac("sha256", token).update("conclave dashboard session v1").digest("base64url");
  }

  /** "session": cookie or bearer header; "query": the token in the URL (answer with the cookie and a redirect); "denied". */
  check(req: IncomingMessage): "session" | "query" | "denied" {
    const cookie = cookieValue(req.headers.cookie, DASHBOARD_COOKIE);
    if (cookie !== null && same(cookie, this.session)) return "session";
    const auth = req.headers.authorization;
    if (auth !== undefined && auth.startsWith("Bearer ") && same(auth.slice(7).trim(), this.token)) return "session";
    const query = new URL(req.url ?? "/", "http://dashboard.invalid").searchParams.get("token");
    if (query !== null && same(query, this.token)) return "query";
    return "denied";
  }

  /** The Set-Cookie header of a session (Secure when served over TLS). */
  cookie(secure: boolean): string {
    return `${DASHBOARD_COOKIE}=${this.session}; HttpOnly; SameSite=Strict; Path=/${secure ? "; Secure" : ""}`;
  }
}
