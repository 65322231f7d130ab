import { limits } from '@jalon/core';

/** Tags as typed: separated by commas (or semicolons, new lines), trimmed, each once. */
export function parseTags(input: string): string[] {
  const tags = input
    .split(/[,;\n]/)
    .map((tag) => tag.trim().slice(0, limits.shortText))
    .filter((tag) => tag !== '');
  return [...new Set(tags)].slice(0, limits.tags);
}
