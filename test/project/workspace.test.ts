import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, root } from './repo.ts';

const packages = ['core', 'extension', 'pwa', 'test'];

describe('the workspace', () => {
  it('has exactly the agreed top level', () => {
    const allowed = new Set([
      ...packages,
      'package.json',
      'pnpm-workspace.yaml',
      'pnpm-lock.yaml',
      'tsconfig.base.json',
      'README.md',
      'docs',
      'biome.jsonc',
      'node_modules',
    ]);
    const extra = readdirSync(root).filter((name) => !name.startsWith('.') && !allowed.has(name));
    expect(extra).toEqual([]);
    for (const name of [
      ...packages,
      'package.json',
      'pnpm-workspace.yaml',
      'tsconfig.base.json',
      'README.md',
    ]) {
      expect(existsSync(join(root, name)), name).toBe(true);
    }
  });

  it('pins pnpm 12.4.2 and commits its lockfile', () => {
    expect(readJson('package.json').packageManager).toBe('pnpm@12.4.2');
    expect(existsSync(join(root, 'pnpm-lock.yaml'))).toBe(true);
  });

  it('is strict TypeScript everywhere', () => {
    const base = readJson<{ compilerOptions: Record<string, unknown> }>('tsconfig.base.json').compilerOptions;
    for (const flag of [
      'strict',
      'noUncheckedIndexedAccess',
      'exactOptionalPropertyTypes',
      'verbatimModuleSyntax',
    ]) {
      expect(base[flag], flag).toBe(true);
    }
    for (const pkg of packages) {
      const config = readJson<{ extends?: string }>(`${pkg}/tsconfig.json`);
      expect(config.extends, pkg).toBe('../tsconfig.base.json');
    }
  });

  it('gives every package the same script names', () => {
    for (const pkg of packages) {
      const scripts = Object.keys(readJson<{ scripts: object }>(`${pkg}/package.json`).scripts);
      expect(scripts, pkg).toEqual(expect.arrayContaining(['build', 'typecheck', 'lint', 'test']));
    }
  });

  it('ships core as TypeScript source, with no build step', () => {
    const core = readJson<{ exports: Record<string, string> }>('core/package.json');
    expect(core.exports['.']).toBe('./src/index.ts');
  });
});

/** Typecheck and lint run as tests, so that CI's summary counts them. */
describe('the code', () => {
  const run = (command: string, args: string[]) =>
    execFileSync(command, args, {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, FORCE_COLOR: '0' },
    });

  for (const pkg of packages) {
    it(`typechecks ${pkg}`, { timeout: 300_000 }, () => {
      expect(() => run('pnpm', ['--filter', `./${pkg}`, 'run', 'typecheck'])).not.toThrow();
    });
  }

  it('passes lint and format (Biome)', { timeout: 120_000 }, () => {
    let output = '';
    try {
      run('pnpm', ['exec', 'biome', 'check', '.']);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });
});
