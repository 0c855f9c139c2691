/**
 * How well one descriptor states one phrase of a query: BM25 of the phrase's
 * words, over their idf, with words that do not stand together counting less.
 * @module
 * @internal
 */
import type { Doc, SearchIndex } from './index.js';
import type { Phrase } from './units.js';

const NOT_ADJACENT = 0.6;

function bm25(ix: SearchIndex, d: Doc, s: string): number {
  const tf = d.tf.get(s);
  if (tf === undefined) return 0;
  return ((ix.idf.get(s) ?? 0) * tf * (ix.k1 + 1)) / (tf + d.norm);
}

/** How well a descriptor states a phrase: BM25 of its words over their idf, about 0..1.4; words not adjacent count less. */
export function phraseQuality(ix: SearchIndex, d: Doc, p: Phrase): number {
  let sum = 0;
  let idf = 0;
  const stems = p.stems;
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i]!;
    const v = bm25(ix, d, s);
    if (v === 0) return 0;
    sum += v;
    idf += ix.idf.get(s) ?? 0;
  }
  let q = idf > 0 ? (sum / idf) * p.weight : 0;
  for (let i = 1; i < stems.length; i++) {
    if (!d.bigrams.has(`${stems[i - 1]} ${stems[i]}`)) {
      q *= NOT_ADJACENT;
      break;
    }
  }
  return q;
}
