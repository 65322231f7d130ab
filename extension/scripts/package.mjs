import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from './zip.mjs';

/**
 * `pnpm package`: the upload-ready zips for the Chrome Web Store and Firefox Add-ons, from the
 * two builds of the same source (extension/dist, extension/dist-firefox), plus the source archive
 * addons.mozilla.org asks for when the code is bundled. Written to extension/packages/.
 */

const extension = fileURLToPath(new URL('..', import.meta.url));
const repo = join(extension, '..');

function filesUnder(dir) {
  const found = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path));
    else found.push(path);
  }
  return found;
}

/** What a store gets: the build as the browser loads it, without Vite's own bookkeeping. */
export function buildFiles(dir) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `${relative(repo, dir)} has no manifest.json: run \`pnpm --filter @jalon/extension build\` first`,
    );
  }
  return filesUnder(dir)
    .map((path) => relative(dir, path).split(sep).join('/'))
    .filter((name) => !name.startsWith('.vite/') && !name.endsWith('.map'))
    .map((name) => ({ name, data: readFileSync(join(dir, name)) }));
}

/** The repository's tracked files, for the reviewers' "build it yourself" check. */
function sourceFiles() {
  const names = execFileSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' }).split('\0');
  return names
    .filter((name) => name && existsSync(join(repo, name)) && statSync(join(repo, name)).isFile())
    .map((name) => ({ name: `jalon/${name}`, data: readFileSync(join(repo, name)) }));
}

export function packageExtension(outDir = join(extension, 'packages')) {
  const { version } = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
  mkdirSync(outDir, { recursive: true });
  const written = {
    chrome: join(outDir, `jalon-chrome-${version}.zip`),
    firefox: join(outDir, `jalon-firefox-${version}.zip`),
    source: join(outDir, `jalon-source-${version}.zip`),
  };
  writeFileSync(written.chrome, zip(buildFiles(join(extension, 'dist'))));
  writeFileSync(written.firefox, zip(buildFiles(join(extension, 'dist-firefox'))));
  writeFileSync(written.source, zip(sourceFiles()));
  return written;
}

// `node package.mjs [folder]`: the folder defaults to extension/packages.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [store, path] of Object.entries(packageExtension(process.argv[2]))) {
    console.log(
      `${store.padEnd(8)} ${relative(process.cwd(), path)}  ${(statSync(path).size / 1024).toFixed(0)} kB`,
    );
  }
}
