// carryAssessment at two edges the other crosswalk tests do not reach: a conditional level the carried level already
// equals, and a need the target framework prints nothing on (no shared tag at any level).
import { describe, expect, it } from 'vitest';
import { carryAssessment, staffordshire, stokeOnTrent } from '../src/index.js';

describe('carryAssessment: edges of the considerations', () => {
  it('a conditional level equal to the carried level is not offered again to weigh (Getting More Help with 3 missing episodes)', () => {
    // Stoke-on-Trent Getting More Help maps to Targeted Early Help, and to Statutory / Specialist only where its condition
    // holds; Staffordshire's own threshold for 3 missing episodes is already Statutory / Specialist
    const c = carryAssessment(stokeOnTrent, { indicators: ['education-persistent-non-attendance'], measures: { missingEpisodesLast90Days: 3 } }, staffordshire);
    expect([c.resolution.level.id, c.mapping.conditional.map((x) => x.level.id), c.level.id, c.setBy]).toEqual([
      'getting-more-help',
      ['statutory-specialist'],
      'statutory-specialist',
      'target-measures',
    ]);
    expect(c.considerations.map((x) => x.id)).toEqual(['set-by-target-measures']);
    // below it, the same conditional level is offered: the crosswalk alone carries Targeted Early Help
    const alone = carryAssessment(stokeOnTrent, { indicators: ['education-persistent-non-attendance'] }, staffordshire);
    expect([alone.level.id, alone.considerations.map((x) => [x.id, x.level?.id])]).toEqual([
      'targeted-early-help',
      [['conditional-level', 'statutory-specialist']],
    ]);
  });

  it('a need with no tag in common with any need of the target: no suggestion, and no "placed apart" consideration naming none', () => {
    const c = carryAssessment(staffordshire, { indicators: ['other-privately-fostered'] }, stokeOnTrent);
    expect(c.indicators.map((i) => [i.indicator.id, i.suggestions])).toEqual([['other-privately-fostered', []]]);
    expect(c.considerations.filter((x) => x.id === 'placed-apart')).toEqual([]);
  });
});
