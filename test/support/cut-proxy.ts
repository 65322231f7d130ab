import { connect, createServer, type Socket } from 'node:net';

export interface CutProxy {
  /** `http://127.0.0.1:<port>`: put the server's path after it. */
  origin: string;
  /**
   * The next PUT through the proxy is held after its headers and half its body: the promise
   * resolves then, with the upload in flight. What happens next is up to the test (stop the server).
   */
  holdNextPut(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A TCP relay in front of a real server, byte for byte, that can stop forwarding one upload
 * midway: the way to have a server stop while a device's PUT is in flight, whatever its size.
 */
export async function startCutProxy(targetPort: number): Promise<CutProxy> {
  let armed: (() => void) | undefined;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => sockets.delete(socket));
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    upstream.pipe(client);
    let held = false;
    // Bytes of the PUT still to forward before holding the rest.
    let budget: number | undefined;
    client.on('data', (chunk: Buffer) => {
      if (held) return;
      if (budget === undefined && armed) {
        const text = chunk.toString('latin1');
        const at = text.startsWith('PUT ') ? 0 : text.indexOf('\r\nPUT ') + 2;
        if (at >= 0 && text.startsWith('PUT ', at)) {
          const end = text.indexOf('\r\n\r\n', at);
          const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(text.slice(at, end))?.[1] ?? 0);
          budget = end < 0 ? chunk.length : end + 4 + Math.floor(length / 2);
        }
      }
      if (budget === undefined) {
        upstream.write(chunk);
        return;
      }
      const part = chunk.subarray(0, budget);
      upstream.write(part);
      budget -= part.length;
      if (budget <= 0) {
        held = true;
        budget = undefined;
        const release = armed;
        armed = undefined;
        release?.();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    holdNextPut: () =>
      new Promise<void>((resolve) => {
        armed = resolve;
      }),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
