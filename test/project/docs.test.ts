import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBundle } from '@jalon/core';
import { describe, expect, it } from 'vitest';
import { root } from './repo.ts';

describe('docs/bundle-format.md', () => {
  const doc = readFileSync(join(root, 'docs/bundle-format.md'), 'utf8');

  it('gives an example that Jalon reads', () => {
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const result = parseBundle(example ?? '');
    expect(result.ok ? 'ok' : result.error).toBe('ok');
  });

  it('documents every refusal code parseBundle can return', async () => {
    const { bundleMessages } = await import('@jalon/core');
    for (const code of Object.keys(bundleMessages.en)) expect(doc, code).toContain(`\`${code}\``);
  });
});
