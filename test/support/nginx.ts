import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HostedApp } from './caddy.ts';
import { freePort, startDaemon, waitForPort } from './processes.ts';

/** Debian's nginx (`apt-get install nginx`); NGINX_PATH points elsewhere (docs/setup.md). */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** Debian's list of types; Homebrew keeps it elsewhere (docs/setup.md). */
const MIME_TYPES = process.env.NGINX_MIME_TYPES ?? '/etc/nginx/mime.types';
/** The server block docs/hosting.md documents. */
export const NGINX_CONF = fileURLToPath(new URL('../../pwa/deploy/nginx.conf', import.meta.url));

/** Debian ships the brotli module separately; without it the documented block drops one line. */
const BROTLI_MODULE = '/usr/share/nginx/modules-available/mod-http-brotli-static.conf';
export const nginxHasBrotli = () => existsSync(BROTLI_MODULE);

/**
 * The documented server block as it would run on a host, changed only where a test machine must
 * differ: a loopback port instead of 443 with its certificate (a loopback address is a secure
 * context, so the service worker runs), the build folder as root, no port-80 redirect block.
 */
export function testServerBlock(port: number, root: string): string {
  const documented = readFileSync(NGINX_CONF, 'utf8');
  const https = documented.slice(0, documented.indexOf('# Plain http only'));
  return https
    .replace(/^\s*listen 443 ssl http2;$/m, `    listen 127.0.0.1:${port};`)
    .replace(/^\s*listen \[::\]:443 ssl http2;\n/m, '')
    .replace(/^\s*ssl_certificate(_key)? .*\n/gm, '')
    .replace(/^\s*root \/srv\/jalon;$/m, `    root ${root};`)
    .replace(/^\s*brotli_static on;\n/m, nginxHasBrotli() ? '$&' : '');
}

/** Serves a build with pwa/deploy/nginx.conf, as a user process with its files in a temp folder. */
export async function serveWithNginx(root: string, options: { port?: number } = {}): Promise<HostedApp> {
  if (!existsSync(NGINX)) {
    throw new Error(`${NGINX} is missing: run \`bash .ci/setup.sh --browser\` or set NGINX_PATH`);
  }
  const port = options.port ?? (await freePort());
  const home = mkdtempSync(join(tmpdir(), 'jalon-nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(home, dir));
  const modules = nginxHasBrotli() ? `include ${BROTLI_MODULE};\n` : '';
  writeFileSync(
    join(home, 'nginx.conf'),
    `${modules}daemon off;
pid ${home}/nginx.pid;
error_log ${home}/error.log;
events { worker_connections 256; }
http {
  include ${MIME_TYPES};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${home}/body;
  proxy_temp_path ${home}/proxy;
  fastcgi_temp_path ${home}/fastcgi;
  uwsgi_temp_path ${home}/uwsgi;
  scgi_temp_path ${home}/scgi;
${testServerBlock(port, root)}
}
`,
  );
  const nginx = startDaemon(NGINX, [
    '-p',
    home,
    '-c',
    join(home, 'nginx.conf'),
    '-e',
    join(home, 'error.log'),
  ]);
  try {
    await waitForPort(port, 20_000, nginx.child);
  } catch (error) {
    throw new Error(`nginx did not start: ${String(error)} ${nginx.output()}${readLog(home)}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await nginx.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

const readLog = (home: string) => {
  try {
    return readFileSync(join(home, 'error.log'), 'utf8');
  } catch {
    return '';
  }
};
