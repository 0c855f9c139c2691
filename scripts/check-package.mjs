// Package checks on the built package, as a user installs it:
// publint --strict, @arethetypeswrong/cli, then `npm pack`, install the tarball in
// a scratch folder and run test/package/smoke.{mjs,cjs} there from ESM and CJS.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// the built-in frameworks the smoke checks expect, one per data file
const frameworkIds = readdirSync(join(root, 'data', 'frameworks'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const run = (cmd, args, cwd = root) => {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, NO_COLOR: '1', SGT_FRAMEWORK_IDS: JSON.stringify(frameworkIds) } });
};

run('npx', ['publint', '--strict']);
run('npx', ['attw', '--pack', '.', '--format', 'table-flipped']);

const scratch = mkdtempSync(join(tmpdir(), 'sgt-pack-'));
try {
  const out = execFileSync('npm', ['pack', '--pack-destination', scratch, '--silent'], { cwd: root, encoding: 'utf8' });
  const tarball = out.trim().split('\n').pop();
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, tarball)], scratch);
  for (const f of readdirSync(join(root, 'test', 'package'))) cpSync(join(root, 'test', 'package', f), join(scratch, f));
  run('node', ['smoke.mjs'], scratch);
  run('node', ['smoke.cjs'], scratch);
  // the root entry's declarations carry no zod types (zod lives behind /define)
  for (const f of ['index.d.ts', 'index.d.cts']) {
    const text = readFileSync(join(scratch, 'node_modules', 'safeguarding-thresholds', 'dist', f), 'utf8');
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    const chunks = imports
      .filter((p) => p.startsWith('./'))
      .map((p) =>
        readFileSync(
          join(scratch, 'node_modules', 'safeguarding-thresholds', 'dist', p.replace(/\.c?js$/, '') + (f.endsWith('.d.cts') ? '.d.cts' : '.d.ts')),
          'utf8',
        ),
      );
    for (const t of [text, ...chunks])
      if (/from 'zod'|import 'zod'|import\("zod"\)/.test(t)) throw new Error(`dist/${f} (or a chunk it imports) references zod`);
  }
  console.log('package checks: ok');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
