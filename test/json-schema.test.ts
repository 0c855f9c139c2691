import AjvModule from 'ajv/dist/2020.js';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJson, root } from './helpers.js';

// The shipped JSON data validates against the shipped JSON Schema with a standard
// validator (ajv, draft 2020-12), as a C#, Java or Python system would check it.
// ajv is CommonJS: under NodeNext its default export is the module object
const Ajv2020 = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const schema = (name: string) => ajv.compile(readJson(`data/schema/${name}.schema.json`) as object);

describe('JSON Schema files', () => {
  const framework = schema('framework');
  const frameworkFiles = readdirSync(`${root}data/frameworks`).filter((f) => f.endsWith('.json'));

  for (const f of frameworkFiles) {
    it(`data/frameworks/${f} validates against data/schema/framework.schema.json`, () => {
      expect(framework(readJson(`data/frameworks/${f}`)), JSON.stringify(framework.errors?.slice(0, 3))).toBe(true);
    });
  }

  it('rejects a broken copy, saying where', () => {
    const broken = readJson('data/frameworks/staffordshire.json') as { indicators: Record<string, unknown>[]; levels: unknown[] };
    broken.indicators[0]!.kind = 'risk';
    delete broken.indicators[1]!.text;
    broken.indicators[2]!.colour = 'red';
    expect(framework(broken)).toBe(false);
    const where = (framework.errors ?? []).map((e) => e.instancePath);
    expect(where).toEqual(expect.arrayContaining(['/indicators/0/kind', '/indicators/1', '/indicators/2']));
  });

  it('the other shipped data validates too', () => {
    expect(schema('tag-vocabulary')(readJson('data/vocabularies/tags.json'))).toBe(true);
    expect(schema('crosswalk')(readJson('data/crosswalks/i-thrive--windscreen.json'))).toBe(true);
    const holidays = schema('bank-holidays');
    expect(holidays(readJson('data/calendars/bank-holidays-england-and-wales.json'))).toBe(true);
    expect(holidays({ ...(readJson('data/calendars/bank-holidays-england-and-wales.json') as object), years: 'all' })).toBe(false);
  });
});

describe('committed JSON Schema files', () => {
  it('are what the zod schemas generate (npm run snapshot refreshes them)', () => {
    expect(() =>
      execFileSync(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, `${root}scripts/build-schemas.ts`, '--check'], { cwd: root, stdio: 'pipe' }),
    ).not.toThrow();
  });
});
