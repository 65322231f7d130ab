import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startDaemon, waitForPort } from './processes.ts';

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
  const caddy = startDaemon(CADDY, ['run', '--config', CADDYFILE, '--adapter', 'caddyfile'], {
    HOME: home,
    XDG_DATA_HOME: home,
    XDG_CONFIG_HOME: home,
    JALON_SITE: url,
    JALON_ROOT: root,
    JALON_CADDY_ADMIN: 'off',
  });
  try {
    await waitForPort(port, 20_000, caddy.child);
  } catch (error) {
    throw new Error(`caddy did not start: ${String(error)} ${caddy.output()}`);
  }
  return {
    url,
    async close() {
      await caddy.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
