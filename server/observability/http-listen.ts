import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Loopback addresses: listening on them keeps a server to this machine. */
export const LOOPBACK_HOSTS: readonly string[] = ["127.0.0.1", "localhost", "::1"];

/** Listen on host:port (port 0: any free port); resolves with the port, rejects with a sentence on EADDRINUSE and the like. */
export function listen(server: Server, port: number, host: string, what: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      reject(new Error(`the ${what} cannot listen on ${host}:${port} (${err.code ?? err.message}); choose another port or host`));
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      const address = server.address();
      resolve(typeof address === "object" && address !== null ? (address satisfies AddressInfo).port : port);
    });
  });
}

/** Stop accepting, end open connections (event streams, keep-alive) and resolve once closed. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) { resolve(); return; }
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** How a URL names a host (an IPv6 address goes in brackets). */
export function urlHost(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}
