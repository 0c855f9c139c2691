// The compact form of the generated framework modules (scripts/framework-module.ts writes it,
// src/inflate.ts expands it): the text written, evaluated, must give back the data exactly.
import { fc, test } from '@fast-check/vitest';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameworkExpression } from '../scripts/framework-module.js';
import { tagIds } from '../src/generated/tag-index.js';
import { inflateFramework, packNumbers, REPEAT_MIN, unpackNumbers } from '../src/inflate.js';
import { FrameworkSchema, type FrameworkData } from '../src/schema.js';
import { readJson, root } from './helpers.js';

const files = readdirSync(`${root}data/frameworks`).filter((f) => f.endsWith('.json'));
const data = files.map((f) => FrameworkSchema.parse(readJson(`data/frameworks/${f}`)));

/** Evaluates the module text as the generated module does. */
function expand(fw: FrameworkData): unknown {
  const { expression } = frameworkExpression(fw, tagIds);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the generated module's own text, evaluated as the bundle would
  return new Function('inflateFramework', 'tagIds', `return ${expression}`)(inflateFramework, tagIds);
}

describe('small numbers as characters', () => {
  test.prop([fc.array(fc.integer({ min: 0, max: 90 }), { maxLength: 40 })])('round-trip, one printable character each, no backslash or quote', (list) => {
    const s = packNumbers(list);
    expect(s).toHaveLength(list.length);
    expect(s).toMatch(/^[#-[\]-~]*$/);
    expect(unpackNumbers(s)).toEqual(list);
  });

  it('refuses numbers it cannot write', () => {
    expect(() => packNumbers([91])).toThrow(/outside 0..90/);
    expect(() => packNumbers([-1])).toThrow(/outside 0..90/);
    expect(() => packNumbers([1.5])).toThrow(/outside 0..90/);
  });
});

describe('generated framework modules', () => {
  it.each(data.map((fw) => [fw.id, fw] as const))('%s: the module text expands to the data exactly, key order included', (_id, fw) => {
    expect(JSON.stringify(expand(fw))).toBe(JSON.stringify(fw));
  });

  it('keeps as objects the source references it cannot write as strings (another document, a page over 90)', () => {
    const fw = structuredClone(data[0]!);
    const other = { document: 'another-document', section: 'Somewhere', page: 3 };
    fw.indicators[0] = { ...fw.indicators[0]!, source: other };
    (fw.levels[0] as { source: unknown }).source = { ...fw.levels[0]!.source, page: 120 };
    const out = expand(fw) as FrameworkData;
    expect(out.indicators[0]!.source).toEqual(other);
    expect(out.levels[0]!.source.page).toBe(120);
    expect(JSON.stringify(out)).toBe(JSON.stringify(fw));
  });

  it('writes a repeated string once: every later repeat is a `!` reference, and every string is put back', () => {
    for (const fw of data) {
      const { expression } = frameworkExpression(fw, tagIds);
      // the tree's strings: after the section segments and the document id, before the shapes
      const literals = (expression.match(/"(?:[^"\\]|\\.)*"/g) ?? []).slice(2, -1).map((s) => JSON.parse(s) as string);
      const long = literals.filter((s) => s.length > REPEAT_MIN);
      expect(new Set(long).size).toBe(long.length);
      const refs = literals.filter((s) => s.startsWith('!'));
      // the data repeats strings (every area of Stoke-on-Trent prints the levels' actions): written as references
      expect(refs.length).toBeGreaterThan(10);
      for (const r of refs) expect(r).toMatch(/^![#-[\]-~]{1,2}$/);
      expect(JSON.stringify(expand(fw))).toBe(JSON.stringify(fw));
    }
    // a short string is written as itself each time
    const stoke = data.find((f) => f.id === 'stoke-on-trent')!;
    expect(frameworkExpression(stoke, tagIds).expression.split('"refused"').length - 1).toBeGreaterThan(1);
  });

  it('fails the build on a string beginning with "!", which the compact form reserves for references', () => {
    const fw = structuredClone(data[0]!);
    fw.indicators[0] = { ...fw.indicators[0]!, note: '!important' };
    expect(() => frameworkExpression(fw, tagIds)).toThrow(/begins with '!'/);
  });

  it('fails the build on a consent rule naming an undefined step', () => {
    const fw = structuredClone(data.find((f) => f.consent)!);
    fw.consent!.rules[0]!.steps.push('no-such-step');
    expect(() => frameworkExpression(fw, tagIds)).toThrow(/consent step 'no-such-step' is not defined/);
  });
});

describe('tables written for small bundles', () => {
  it('the missing-episodes maximum is Number.MAX_SAFE_INTEGER, written out (enums.ts)', async () => {
    const { QUANTITY_RULES } = await import('../src/enums.js');
    expect(QUANTITY_RULES.missingEpisodesLast90Days.max).toBe(Number.MAX_SAFE_INTEGER);
  });
});
