/**
 * The service worker's half of "share to Jalon". It only parks what was shared in a cache and
 * sends the browser to the app's page, which checks it (core's zod schema) and saves it through
 * core's commands, like every other write: the worker knows neither the current plan (kept in the
 * page's localStorage) nor the database's rules, and stays small.
 */
export const SHARE_CACHE = 'jalon-share';

/** Shared files larger than this are not kept: a plan bundle is far smaller. */
const MAX_FILE = 50 * 1024 * 1024;

const field = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

export async function receiveShare(request: Request, scope: string): Promise<Response> {
  const id = crypto.randomUUID();
  const cache = await caches.open(SHARE_CACHE);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    // Not a form the platform would send: the page says nothing arrived.
    return Response.redirect(new URL(`share?id=${id}`, scope).href, 303);
  }
  const file = form.getAll('file').find((f): f is File => typeof f !== 'string' && f.size <= MAX_FILE);
  const shared = { title: field(form, 'title'), text: field(form, 'text'), url: field(form, 'url') };
  await cache.put(
    new Request(new URL(`share/${id}`, scope).href),
    new Response(JSON.stringify({ ...shared, ...(file ? { file: file.name } : {}) }), {
      headers: { 'content-type': 'application/json' },
    }),
  );
  if (file) await cache.put(new Request(new URL(`share/${id}/file`, scope).href), new Response(file));
  // 303: the browser follows with a GET, so a reload never posts the share twice.
  return Response.redirect(new URL(`share?id=${id}`, scope).href, 303);
}
