import { describe, expect, it } from 'vitest';
import { FolderError } from './errors.ts';
import { DavClient } from './http.ts';

/** Apache's own 403 page, as `Require all denied` sends it. */
const APACHE_403 = `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>403 Forbidden</title>
</head><body>
<h1>Forbidden</h1>
<p>You don't have permission to access this resource.</p>
</body></html>
`;

function answering(status: number, body: string, type: string): DavClient {
  return new DavClient(
    { user: 'u', password: 'p' },
    { fetch: async () => new Response(body, { status, headers: { 'Content-Type': type } }) },
  );
}

describe('DavClient refusals', () => {
  it('keep the server’s own words from an error page’s body, not its title', async () => {
    const error = await answering(403, APACHE_403, 'text/html; charset=iso-8859-1')
      .list('https://dav.example/jalon/', 1)
      .catch((e: unknown) => e);
    expect(error).toEqual(
      new FolderError('forbidden', "Forbidden You don't have permission to access this resource.", 403),
    );
  });

  it('keep a plain-text refusal as it is, shortened', async () => {
    const error = await answering(403, `Origin refused.${' '.repeat(10)}${'x'.repeat(300)}`, 'text/plain')
      .list('https://dav.example/jalon/', 1)
      .catch((e: unknown) => e);
    expect((error as FolderError).detail).toBe(`Origin refused. ${'x'.repeat(144)}`);
  });
});
