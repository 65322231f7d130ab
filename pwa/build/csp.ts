import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy the app is built and tested against. Nothing is loaded from another
 * origin; the one inline script is the boot script, allowed by its hash. The build writes it into
 * index.html as a <meta> (for hosts that cannot set headers); servers send it as a header with
 * `frame-ancestors` (docs/hosting.md), which a <meta> cannot carry.
 */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(bootScriptHash: string, { header }: { header: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${bootScriptHash}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self' https: http:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(header ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}
