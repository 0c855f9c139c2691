// vitest globalSetup: builds what the tests need before any of them runs, so that
// `npm ci && npx vitest run` on a fresh clone runs every test and none runs against
// stale output. Generated modules (src/generated/, from data/) and dist/ (tsup) are
// rebuilt when missing or older than any of their inputs; otherwise nothing is done.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Newest modification time (ms) of the files under `paths`, skipping `skip` folders. */
function newest(paths: readonly string[], skip: readonly string[] = []): number {
  let max = 0;
  const visit = (p: string): void => {
    const s = statSync(p);
    if (s.isDirectory()) {
      if (skip.some((k) => p === join(root, k))) return;
      for (const f of readdirSync(p)) visit(join(p, f));
    } else max = Math.max(max, s.mtimeMs);
  };
  for (const p of paths) if (existsSync(join(root, p))) visit(join(root, p));
  return max;
}

const oldest = (files: readonly string[]): number => Math.min(...files.map((f) => (existsSync(join(root, f)) ? statSync(join(root, f)).mtimeMs : 0)));

function run(script: string, args: readonly string[]): void {
  try {
    execFileSync(process.execPath, [join(root, script), ...args], { cwd: root, stdio: 'pipe', encoding: 'utf8' });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`globalSetup: ${script} ${args.join(' ')} failed; the tests need its output.\n${err.stdout ?? ''}${err.stderr ?? ''}`, { cause: e });
  }
}

/** Builds src/generated/ from data/ when missing or stale. */
export function setupData(): void {
  const dataInputs = newest([
    'data/frameworks',
    'data/vocabularies',
    'data/crosswalks',
    'data/calendars',
    'scripts/build-data.ts',
    'scripts/framework-module.ts',
    'src/inflate.ts',
    'src/schema.ts',
    'src/schema',
    'src/enums.ts',
    'src/validate.ts',
  ]);
  if (!existsSync(join(root, 'src/generated/tags.ts')) || oldest(['src/generated/tags.ts']) < dataInputs) {
    run('node_modules/tsx/dist/cli.mjs', ['scripts/build-data.ts']);
  }
}

export default function setup(): void {
  setupData();
  const distInputs = newest(['src', 'tsup.config.ts', 'package.json']);
  if (oldest(['dist/index.js', 'dist/index.d.ts', 'dist/define.js']) < distInputs) {
    run('node_modules/tsup/dist/cli-default.js', ['--silent']);
  }
}
