/** Starts an HTTP server on host:port (0 = any free port) and returns its URL and a close that also drops keep-alive connections. */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Listening {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export async function listen(server: Server, host = "127.0.0.1", port = 0): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const a = server.address() as AddressInfo;
  const h = a.family === "IPv6" ? `[${a.address}]` : a.address;
  return {
    url: `http://${h}:${a.port}`,
    port: a.port,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((e) => (e ? reject(e) : resolve()));
    }),
  };
}
