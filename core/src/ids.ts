// Web Crypto is in every browser and in Node 20; the pure typecheck has no DOM library to say so.
declare const crypto: { randomUUID(): string };

/** A new global record id (never auto-increment: records are created on several devices). */
export function newId(): string {
  return crypto.randomUUID();
}
