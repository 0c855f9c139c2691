import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameworks } from '../src/index.js';
import { root } from './helpers.js';

describe('the generated registry of built-in frameworks', () => {
  it('is up to date with data/frameworks (entry files, src/registry.ts, package.json exports, typedoc.json): `npm run registry`', () => {
    let out = '';
    try {
      out = execFileSync(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, `${root}scripts/build-registry.ts`, '--check'], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      const err = e as { stderr?: string };
      expect.fail(err.stderr ?? String(e));
    }
    expect(out).toMatch(/up to date/);
  });

  it('holds exactly the frameworks of data/frameworks', () => {
    const ids = readdirSync(`${root}data/frameworks`)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    expect(frameworks.map((f) => f.id).sort()).toEqual(ids.sort());
  });
});
