import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './processes.ts';

/** Debian's Caddy (`apt-get install caddy`); CADDY_PATH points elsewhere (docs/setup.md). */
export const CADDY = process.env.CADDY_PATH ?? '/usr/bin/caddy';
/** The server configuration docs/hosting.md documents, run as it is. */
export const CADDYFILE = fileURLToPath(new URL('../../pwa/deploy/Caddyfile', import.meta.url));

export interface HostedApp {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a build with pwa/deploy/Caddyfile, as a user process on 127.0.0.1 (plain http: a loopback
 * address is a secure context, so the service worker runs), with its state in a temp folder.
 */
export async function serveWithCaddy(root: string, options: { port?: number } = {}): Promise<HostedApp> {
  if (!existsSync(CADDY)) {
    throw new Error(`${CADDY} is missing: run \`bash .ci/setup.sh --browser\` or set CADDY_PATH`);
  }
  const port = options.port ?? (await freePort());
  const home = mkdtempSync(join(tmpdir(), 'jalon-caddy-'));
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(CADDY, ['run', '--config', CADDYFILE, '--adapter', 'caddyfile'], {
    env: {
      ...process.env,
      HOME: home,
      XDG_DATA_HOME: home,
      XDG_CONFIG_HOME: home,
      JALON_SITE: url,
      JALON_ROOT: root,
      JALON_CADDY_ADMIN: 'off',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`caddy exited: ${log}`);
    try {
      await fetch(`${url}/`, { method: 'HEAD' });
      break;
    } catch {
      if (attempt > 100) throw new Error(`caddy did not answer on ${url}: ${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    async close() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(home, { recursive: true, force: true });
    },
  };
}
