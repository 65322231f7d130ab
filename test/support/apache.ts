import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Daemon, freePort, startDaemon, waitForPort } from './processes.ts';

/** Debian's Apache httpd (package apache2), run from a config of our own, as a user process. */
export const APACHE = process.env.APACHE_PATH ?? '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';

/** Requests the test server answers with an error while the fault file exists (see `fault`). */
export type ApacheFault = 'put-500' | 'put-507' | 'all-503';

export interface ApacheOptions {
  user: string;
  password: string;
  /** Adds the CORS headers a browser page needs (docs/sync-webdav.md), as an administrator would. */
  cors?: boolean;
  /** Reverse-proxies `/rc/` to this backend (rclone) with the CORS headers, instead of serving files. */
  proxyTo?: string;
  /** Redirects `/moved/` there (a 307 that keeps the method), as a misconfigured server would. */
  redirectTo?: string;
  /** Serves `.gz` files with `Content-Encoding: gzip`, as `AddEncoding x-gzip .gz` does. */
  gzipEncoding?: boolean;
  /**
   * Folders that refuse as misconfigured or full servers do: `denied/` answers 403
   * (`Require all denied`), `static/` is a plain web folder, WebDAV off (405 to PROPFIND), and
   * `full/` 507 to every upload, as mod_dav does on a full disk (a rewrite rule: a full disk
   * cannot be made here without mounting one).
   */
  refusals?: boolean;
}

export interface ApacheServer {
  /** The WebDAV folder's address, ending with `/` (served from `root`). */
  url: string;
  origin: string;
  /** The files on disk, as the server stores them. */
  root: string;
  port: number;
  /** Turns a fault on or off; Apache checks for it at each request. */
  fault(name: ApacheFault, on: boolean): void;
  /** Changes the accepted password (the user's, or a revoked app password). */
  setPassword(password: string): void;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
  log(): string;
}

/** `{SHA}` entries: Apache reads them, and they hash the password's UTF-8 bytes as sent. */
function htpasswd(user: string, password: string): string {
  return `${user}:{SHA}${createHash('sha1').update(password, 'utf8').digest('base64')}\n`;
}

const CORS_HEADERS = `
  SetEnvIf Origin "^(.+)$" CORS_ORIGIN=$1
  Header always set Access-Control-Allow-Origin "%{CORS_ORIGIN}e" env=CORS_ORIGIN
  Header always set Access-Control-Allow-Methods "GET, HEAD, PUT, DELETE, MKCOL, MOVE, COPY, PROPFIND, OPTIONS" env=CORS_ORIGIN
  Header always set Access-Control-Allow-Headers "Authorization, Content-Type, Depth, Destination, Overwrite, If-Match, If-None-Match" env=CORS_ORIGIN
  Header always set Access-Control-Expose-Headers "ETag, Last-Modified, DAV" env=CORS_ORIGIN
  Header always set Access-Control-Max-Age "600" env=CORS_ORIGIN
  Header always merge Vary "Origin"`;

export async function startApache(options: ApacheOptions): Promise<ApacheServer> {
  const dir = mkdtempSync(join(tmpdir(), 'jalon-apache-'));
  const root = join(dir, 'dav');
  for (const sub of ['dav', 'lock', 'faults', 'run']) mkdirSync(join(dir, sub));
  // Apache started as root serves as www-data: let it write the folders.
  for (const sub of ['dav', 'lock', 'run']) chmodSync(join(dir, sub), 0o777);
  chmodSync(dir, 0o755);
  const passwords = join(dir, 'htpasswd');
  const setPassword = (password: string) => writeFileSync(passwords, htpasswd(options.user, password));
  setPassword(options.password);
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const modules = [
    'mpm_event',
    'authz_core',
    'authn_core',
    'authn_file',
    'auth_basic',
    'authz_user',
    'dav',
    'dav_fs',
    'headers',
    'setenvif',
    'rewrite',
    'alias',
    'dir',
    'mime',
    ...(options.proxyTo ? ['proxy', 'proxy_http'] : []),
  ];
  const preflight = options.cors ? 'Require method OPTIONS' : '';
  const refusals = options.refusals
    ? `
<Location /dav/denied/>
  <RequireAny>
    ${preflight}
    Require all denied
  </RequireAny>
</Location>
RewriteCond %{REQUEST_METHOD} =PUT
RewriteRule ^/dav/full/ - [R=507]`
    : '';
  if (options.refusals) for (const sub of ['denied', 'full']) mkdirSync(join(root, sub));
  // A plain web folder (no WebDAV) at an address inside the WebDAV one: Apache answers PROPFIND 405.
  const plainFolder = options.refusals
    ? `
Alias /dav/static/ ${dir}/static/
<Directory ${dir}/static>
  Options None
  AllowOverride None
  AuthType Basic
  AuthName "Jalon test folder"
  AuthBasicProvider file
  AuthUserFile ${passwords}
  <RequireAny>
    Require valid-user
    ${preflight}
  </RequireAny>
</Directory>`
    : '';
  if (options.refusals) mkdirSync(join(dir, 'static'));
  const faults = (['put-500', 'put-507'] as const)
    .map(
      (name) => `
RewriteCond ${dir}/faults/${name} -f
RewriteCond %{REQUEST_METHOD} =PUT
RewriteRule ^ - [R=${name.slice(4)}]`,
    )
    .join('\n');
  const location = options.proxyTo
    ? `
ProxyPreserveHost On
<Location /rc/>
  ProxyPass ${options.proxyTo}/rc/
  ProxyPassReverse ${options.proxyTo}/rc/
</Location>
# A preflight carries no credentials and must not reach the backend, which would ask for them.
RewriteCond %{REQUEST_METHOD} =OPTIONS
RewriteRule ^/rc/ - [R=204,L]
${CORS_HEADERS}`
    : `${plainFolder}
Alias /dav ${root}
<Directory ${root}>
  Dav On
  Options None
  AllowOverride None
  AuthType Basic
  AuthName "Jalon test folder"
  AuthBasicProvider file
  AuthUserFile ${passwords}
  <RequireAny>
    Require valid-user
    ${options.cors ? 'Require method OPTIONS' : ''}
  </RequireAny>
</Directory>
${options.cors ? CORS_HEADERS : ''}
${refusals}`;
  const config = `
${modules.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`).join('\n')}
ServerRoot ${dir}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${dir}/run/httpd.pid
DefaultRuntimeDir ${dir}/run
Mutex file:${dir}/run default
ErrorLog ${dir}/error.log
LogLevel warn
${asRoot ? 'User www-data\nGroup www-data' : ''}
DocumentRoot ${dir}/run
DavLockDB ${dir}/lock/DavLock
TypesConfig /etc/mime.types
Timeout 30
KeepAlive On
RewriteEngine On
RewriteCond ${dir}/faults/all-503 -f
RewriteRule ^ - [R=503]
${faults}
${options.redirectTo ? `Redirect 307 /moved/ ${options.redirectTo}` : ''}
${options.gzipEncoding ? 'AddEncoding x-gzip .gz' : ''}
${location}
`;
  writeFileSync(join(dir, 'httpd.conf'), config);
  let daemon: Daemon | undefined;
  const start = async () => {
    daemon = startDaemon(APACHE, ['-f', join(dir, 'httpd.conf'), '-D', 'FOREGROUND']);
    try {
      await waitForPort(port, 20_000, daemon.child);
    } catch (error) {
      throw new Error(`Apache did not start: ${String(error)}\n${daemon.output()}`);
    }
  };
  await start();
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: options.proxyTo ? `${origin}/rc/` : `${origin}/dav/`,
    origin,
    root,
    port,
    fault(name, on) {
      const file = join(dir, 'faults', name);
      if (on) writeFileSync(file, '');
      else if (existsSync(file)) rmSync(file);
    },
    setPassword,
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
