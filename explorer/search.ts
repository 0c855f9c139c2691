// Search and a pasted note: the library's ranked proposals as pick lists that tick in step with the
// browse list.
import { searchIndicators, suggestIndicators, type Indicator } from '../src/index.js';
import { levelLink, descriptorBox } from './descriptors.js';
import { $, el } from './dom.js';
import { areaName, state, tagName } from './state.js';

/** A ranked pick list: the library's order, each descriptor with its area and level, ticking in step. */
/** A descriptor the library proposes (a search hit, or a sentence's suggestion): every copy of its text, with what matched. */
interface Proposal {
  readonly indicator: Indicator;
  /** the same text under several areas, where the library merges them */
  readonly indicators?: readonly Indicator[];
  readonly matched: readonly string[];
}

/** A ranked pick list: the library's order, each descriptor with its level and area(s), ticking in step with the browse list. */
function pickList(legend: string, hits: readonly Proposal[], idPrefix: string): HTMLElement {
  const group = el('div', undefined, 'govuk-form-group app-picklist');
  const fs = el('fieldset', undefined, 'govuk-fieldset');
  fs.append(el('legend', legend, 'govuk-fieldset__legend govuk-fieldset__legend--s'));
  const boxes = el('div', undefined, 'govuk-checkboxes govuk-checkboxes--small');
  for (const h of hits) {
    const because = matchedText(h.matched);
    const same = h.indicators && h.indicators.length > 0 ? h.indicators : [h.indicator];
    const areas = [...new Set(same.map((i) => areaName(i.area)))].join('; ');
    boxes.append(descriptorBox(h.indicator, idPrefix, `Level ${h.indicator.level}, ${areas}${because ? `. Matched: ${because}` : ''}`, same));
  }
  fs.append(boxes);
  group.append(fs);
  return group;
}

/**
 * What matched, for people: the query's words, then the topics (tags by name). A tag's name can hold commas and the
 * very word that matched ("Diet, weight and growth" after "diet"): a word the topics already show is not repeated, and
 * the topics stand apart, so the line never reads "diet, diet, weight and growth".
 */
export function matchedText(matched: readonly string[]): string {
  const topics = [...new Set(matched.filter((m) => m.startsWith('tag:')).map((m) => (tagName.get(m.slice(4)) ?? m.slice(4)).toLowerCase()))];
  const parts = new Set(topics.flatMap((t) => t.split(/,\s*|\s+and\s+|\s*\/\s*/)).map((p) => p.trim()));
  const words = [...new Set(matched.filter((m) => !m.startsWith('tag:')).map((m) => m.toLowerCase()))].filter((w) => !parts.has(w));
  const topicText = topics.length === 0 ? '' : `${topics.length === 1 ? 'topic' : 'topics'} ${topics.map((t) => `“${t}”`).join(', ')}`;
  return [words.join(', '), topicText].filter((x) => x !== '').join('; ');
}

export function search(): void {
  const q = $<HTMLInputElement>('search').value;
  const out = $('search-results');
  out.replaceChildren();
  if (q.trim() === '') {
    $('search-status').textContent = '';
    return;
  }
  const hits = searchIndicators(state.fw, q);
  $('search-status').textContent =
    hits.length === 0
      ? `No descriptor matches “${q}”. Try other words, or browse the areas below.`
      : `${hits.length} best ${hits.length === 1 ? 'match' : 'matches'} for “${q}”, best first. Search misses descriptors worded differently: browse the areas below too.`;
  if (hits.length > 0) out.append(pickList(`Descriptors matching “${q}”`, hits, 's'), levelLink());
}

/** A pasted note, sentence by sentence: the library's proposals for each, for the lead to tick or leave. */
export function suggest(): void {
  const note = $<HTMLTextAreaElement>('note').value;
  const out = $('note-results');
  out.replaceChildren();
  const found = suggestIndicators(state.fw, note);
  const n = found.indicators.length;
  $('note-status').textContent =
    note.trim() === ''
      ? 'Paste or type a note first.'
      : n === 0
        ? 'No descriptor matches this note. Try the search, or browse the areas below.'
        : `${n} ${n === 1 ? 'descriptor' : 'descriptors'} proposed, sentence by sentence. None is ticked: tick those that fit. Search misses descriptors worded differently: browse the areas below too.${found.read < note.length ? ` Only the first ${found.read} characters were read.` : ''}`;
  found.sentences.forEach((s, k) => out.append(pickList(`“${s.sentence}”`, s.suggestions, `n${k}`)));
  if (n > 0) out.append(levelLink());
}
