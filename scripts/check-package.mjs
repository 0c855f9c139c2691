// Package checks on the built package, as a user installs it:
// publint --strict, @arethetypeswrong/cli, then `npm pack`, install the tarball in
// a scratch folder and run test/package/smoke.{mjs,cjs} there from ESM and CJS.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args, cwd = root) => {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, NO_COLOR: '1' } });
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
  console.log('package checks: ok');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
