/**
 * The few Web APIs the folder-sync code needs, present in every browser, worker, service worker
 * and Node 20 but outside the ES library the pure typecheck uses (no DOM here; see ids.ts).
 */
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean },
) => { decode(bytes: Uint8Array): string };
declare const URL: new (
  url: string,
  base?: string,
) => {
  href: string;
  origin: string;
  protocol: string;
  host: string;
  pathname: string;
  username: string;
  password: string;
  search: string;
  hash: string;
};

export type ParsedUrl = InstanceType<typeof URL>;

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Strict UTF-8: invalid bytes throw, as a damaged file must not read as text with replacement marks. */
export function fromUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** `new URL(…)`, or undefined when the text is not a URL. */
export function parseUrl(url: string, base?: string): ParsedUrl | undefined {
  try {
    return base === undefined ? new URL(url) : new URL(url, base);
  } catch {
    return undefined;
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += ALPHABET[a >> 2];
    out += ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)];
    out += b === undefined ? '=' : ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)];
    out += c === undefined ? '=' : ALPHABET[c & 63];
  }
  return out;
}

/** Strict base64 (padding required); undefined for anything else. */
export function fromBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      (ALPHABET.indexOf(text[i] as string) << 18) |
      (ALPHABET.indexOf(text[i + 1] as string) << 12) |
      ((text[i + 2] === '=' ? 0 : ALPHABET.indexOf(text[i + 2] as string)) << 6) |
      (text[i + 3] === '=' ? 0 : ALPHABET.indexOf(text[i + 3] as string));
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
