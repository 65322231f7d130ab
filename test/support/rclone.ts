import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Daemon, freePort, startDaemon, waitForPort } from './processes.ts';

/** Debian's rclone (1.60): `rclone serve webdav` is a second WebDAV implementation, with no CORS. */
export const RCLONE = process.env.RCLONE_PATH ?? '/usr/bin/rclone';

export interface RcloneServer {
  /** The folder's address, ending with `/`. */
  url: string;
  origin: string;
  root: string;
  port: number;
  /** Stops serving (the files stay), as a server going down mid-sync. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
  log(): string;
}

/**
 * `rclone serve webdav` over a temp folder on 127.0.0.1. `baseUrl` ('/rc') serves under a prefix,
 * for a reverse proxy that adds the CORS headers rclone 1.60 cannot send.
 */
export async function startRclone(options: {
  user: string;
  password: string;
  baseUrl?: string;
}): Promise<RcloneServer> {
  const dir = mkdtempSync(join(tmpdir(), 'jalon-rclone-'));
  const root = join(dir, 'files');
  mkdirSync(root);
  const config = join(dir, 'rclone.conf');
  writeFileSync(config, '');
  const port = await freePort();
  const args = [
    'serve',
    'webdav',
    root,
    '--addr',
    `127.0.0.1:${port}`,
    '--user',
    options.user,
    '--pass',
    options.password,
    '--config',
    config,
    // No directory cache: a file written by one client must be listed for the next at once.
    '--dir-cache-time',
    '0s',
    ...(options.baseUrl ? ['--baseurl', options.baseUrl] : []),
  ];
  let daemon: Daemon | undefined;
  const start = async () => {
    daemon = startDaemon(RCLONE, args, { RCLONE_CONFIG: config });
    try {
      await waitForPort(port, 20_000, daemon.child);
    } catch (error) {
      throw new Error(`rclone did not start: ${String(error)}\n${daemon.output()}`);
    }
  };
  await start();
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${options.baseUrl ?? ''}/`,
    origin,
    root,
    port,
    start,
    stop: async () => {
      await daemon?.stop();
    },
    async close() {
      await daemon?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
    log: () => daemon?.output() ?? '',
  };
}
