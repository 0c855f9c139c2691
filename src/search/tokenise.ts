/**
 * Tokenising for search: lower-cased words (NFKD, accents dropped), hyphen
 * joins remembered, apostrophes closed up ("can't" → "cant"), US spellings read
 * as UK, and every word marked as a content word or a function word. Negations
 * ("not", "no", "never", "isn't", "without"…; the thesaurus's `negation.words`) become the single function word
 * `not`, which concepts of the thesaurus may use ("not school") but which never
 * matches a descriptor's own "not". Stop words, irregular forms and hedges
 * ("kind of") are the thesaurus's `words`; a time of life ("as a child") is read as "childhood". No regular expression is built from the text.
 * @module
 * @internal
 */
import { stem } from './stem.js';
import type { Lexicon } from './vocabulary.js';

/** A memo of stems holds at most this many words. */
const MAX_STEMS = 20_000;
/** Longer words are cut to this length. */
const MAX_WORD = 40;
/** The stem of 'childhood' (the stemmer keeps it whole), for a time of life ('as a child'). */
const CHILDHOOD = 'childhood';

/** A word of a text, in text order. */
export interface Token {
  /** the word as written (lower case, US spellings read as UK; negations read as `not`) */
  readonly surface: string;
  readonly stem: string;
  /** joined to the previous word by a hyphen */
  readonly joined: boolean;
  /** parted from the previous word by punctuation ('meltdowns, parents') */
  readonly apart?: boolean;
  /** a function word (stop word or negation): never matched against descriptor words */
  readonly fn: boolean;
  /** the word as written (lower case), for showing what matched */
  readonly written: string;
  /** the stem is a thesaurus word this word is a small misspelling of */
  readonly fuzzy?: boolean;
  /** a name (the thesaurus's `words.names`): never read as a misspelling or a prefix */
  readonly name?: true;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;

/** A digit's character code. @internal */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Quotation marks: ' " ‘ ’ “ ” « » (an apostrophe within a word is read before). */
function isQuote(c: number): boolean {
  return c === 39 || c === 34 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb;
}

/** The verbs cut short after an apostrophe ('ll, 're, 've, 'd, 'm), as in "she'll", "I'd": their length at `i`, or 0. */
function cliticAt(s: string, i: number): number {
  for (const c of CLITICS) {
    if (!s.startsWith(c, i)) continue;
    const next = s.charCodeAt(i + c.length);
    if (Number.isNaN(next) || !(next < 128 ? isAsciiWord(next) : WORD_CHAR.test(s[i + c.length]!))) return c.length;
  }
  return 0;
}
const CLITICS = ['ll', 're', 've', 'd', 'm'] as const;

/** Lower-cased words of `text`, each flagged when a hyphen joins it to the previous word, or punctuation parts them. */
export function words(text: string): { word: string; joined: boolean; apart: boolean; quoted: boolean }[] {
  const lower = text.toLowerCase();
  // NFKD only for text beyond ASCII (é → e); ASCII text is its own decomposition
  const s = NON_ASCII.test(lower) ? text.normalize('NFKD').toLowerCase() : lower;
  const out: { word: string; joined: boolean; apart: boolean; quoted: boolean }[] = [];
  // where the current word starts: a word between quotation marks is quoted ('said "no"')
  let first = -1;
  // the current word: the pieces before a skipped character (an apostrophe, a combining mark), then s[start..i)
  let pre = '';
  let start = -1;
  let joined = false;
  let hyphen = false;
  let punct = false;
  let apart = false;
  const empty = (): boolean => pre === '' && start < 0;
  const cut = (i: number): void => {
    if (start >= 0) pre += s.slice(start, i);
    start = -1;
  };
  const flush = (i: number): void => {
    cut(i);
    const quoted = first > 0 && isQuote(s.charCodeAt(first - 1)) && isQuote(s.charCodeAt(i));
    if (pre !== '') out.push({ word: pre.length > MAX_WORD ? pre.slice(0, MAX_WORD) : pre, joined, apart, quoted });
    pre = '';
  };
  const wordAt = (i: number): boolean => {
    if (i >= s.length) return false;
    const c = s.charCodeAt(i);
    return c < 128 ? isAsciiWord(c) : WORD_CHAR.test(s[i]!);
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) {
      cut(i); // combining marks left by NFKD: é → e
      continue;
    }
    // (U+02BC, a letter to Unicode, is typed as an apostrophe: "sheʼll")
    if (c < 128 ? isAsciiWord(c) : c !== 0x2bc && WORD_CHAR.test(s[i]!)) {
      if (empty()) {
        // a sign: '-5%' is no percentage of attendance ('5-7' is a range, joined by a hyphen)
        const sign = isDigit(c) && i > 0 && s.charCodeAt(i - 1) === 45 && (i < 2 || !wordAt(i - 2));
        joined = hyphen && !sign;
        hyphen = false;
        apart = punct && !joined;
        punct = false;
        start = sign ? i - 1 : i;
        first = i;
      } else if (start < 0) start = i;
      continue;
    }
    const apostrophe = c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc;
    // 'she'll', 'I'd', 'we're', 'they've', 'I'm': the pronoun, its verb dropped (a function word); not 'shell', 'id',
    // 'wed', 'shed'
    const clitic = apostrophe && !empty() ? cliticAt(s, i + 1) : 0;
    if (clitic > 0) {
      flush(i);
      i += clitic;
      continue;
    }
    if (apostrophe && !empty() && wordAt(i + 1)) {
      cut(i); // child's → childs, can't → cant
      continue;
    }
    // A&E, B&B; a date or a decimal stays one word ('3.4.25', '12/03/2024', '84.5%'): not read as counts
    if (
      (c === 38 && !empty() && wordAt(i + 1)) ||
      ((c === 46 || c === 47) &&
        !empty() &&
        isDigit(start >= 0 && start < i ? s.charCodeAt(i - 1) : pre.charCodeAt(pre.length - 1)) &&
        isDigit(s.charCodeAt(i + 1)))
    ) {
      if (start < 0) start = i;
      continue;
    }
    if (c === 37 && !empty()) {
      if (start < 0) start = i;
      flush(i + 1); // 85% stays one word
      hyphen = false;
      continue;
    }
    const dash = c === 45 || c === 0x2010 || c === 0x2011;
    const had = !empty();
    flush(i);
    hyphen = dash && had && wordAt(i + 1);
    // a quotation mark parts nothing: 'be "cut" in the summer' is one clause
    if (!hyphen && c !== 32 && c !== 9 && !isQuote(c)) punct = true;
  }
  flush(s.length);
  return out;
}

/**
 * Whether the word at `k` has its object after it, in its clause: a thing one attends or takes ('missing school'), or
 * one after a determiner ('missing the clinic', 'missing her appointments'; not 'missing the whole weekend').
 */
function verbWithObject(
  v: { readonly objects: ReadonlySet<string>; readonly determiners: ReadonlySet<string> },
  ws: readonly { word: string; apart: boolean }[],
  k: number,
): boolean {
  const a = ws[k + 1];
  if (a === undefined || a.apart) return false;
  if (v.objects.has(a.word)) return true;
  const b = ws[k + 2];
  return v.determiners.has(a.word) && b !== undefined && !b.apart && v.objects.has(b.word);
}

/** The tokens of a text, function words included (marked `fn`). `max` caps the content words read. */
export function tokenise(text: string, lex: Lexicon, max = Infinity, stems?: Map<string, string>): Token[] {
  const { spellings, negations, stop, irregular, hedges, lifeStages, whole, verbs, phrasal, names } = lex;
  const out: Token[] = [];
  let content = 0;
  const ws = words(text);
  for (let k = 0; k < ws.length; k++) {
    const { word, joined, apart } = ws[k]!;
    // 'A and E', 'A & E': the emergency department, as 'a&e'
    if (word === 'a' && ws[k + 1]?.word === 'and' && ws[k + 2]?.word === 'e') {
      out.push({ surface: 'a&e', stem: 'a&e', joined, fn: false, written: 'a and e', apart });
      k += 2;
      if (++content >= max) break;
      continue;
    }
    const spelt = spellings.get(word) ?? word;
    if (negations.has(spelt)) {
      // (in quotation marks, a word said, no negation: 'when I said "no" he touched me anyway')
      const not = ws[k]!.quoted ? spelt : 'not';
      out.push({ surface: not, stem: not, joined, fn: true, written: word, apart });
      continue;
    }
    // 'gets on with', 'got on well with': a phrasal verb of function words, read as one word ('along')
    const verb = phrasal.get(spelt)?.find((p) => p.rest.every((w, j) => ws[k + 1 + j]?.word === w) && p.before.has(ws[k + 1 + p.rest.length]?.word ?? ''));
    if (verb !== undefined) {
      const st = stem(verb.as);
      out.push({ surface: verb.as, stem: st, joined, fn: false, written: [word, ...verb.rest].join(' '), apart });
      k += verb.rest.length;
      if (++content >= max) break;
      continue;
    }
    // 'some kind of', 'sort of': a hedge, not kindness
    const fn = stop.has(spelt) || (hedges.has(spelt) && ws[k + 1]?.word === 'of');
    // 'abused as a child', 'in care as a teenager': a time of life, read as 'childhood' (not a child of the household)
    const stage = !fn && lifeStages.has(spelt) && ws[k - 2]?.word === 'as' && (ws[k - 1]?.word === 'a' || ws[k - 1]?.word === 'an');
    // a word kept whole, a verb with its object here: stemmed as usual ('missing the clinic' is 'missed the clinic')
    const verbHere = verbs.has(spelt) && verbWithObject(verbs.get(spelt)!, ws, k);
    let st = fn ? spelt : stage ? CHILDHOOD : verbHere ? stem(spelt) : stems?.get(spelt);
    if (st === undefined) {
      // a word kept whole: its stem would join another sense ('missing' from home, 'missed' an appointment)
      st = whole.has(spelt) ? spelt : stem(irregular.get(spelt) ?? spelt);
      if (stems !== undefined) {
        if (stems.size >= MAX_STEMS) stems.clear();
        stems.set(spelt, st);
      }
    }
    out.push(
      names.has(spelt)
        ? { surface: spelt, stem: st, joined, fn, written: word, apart, name: true }
        : { surface: spelt, stem: st, joined, fn, written: word, apart },
    );
    if (!fn && ++content >= max) break;
  }
  return out;
}

/** The stems a thesaurus term or phrase is matched by: content words and `not`, in order. */
export function termStems(text: string, lex: Lexicon): string[] {
  return tokenise(text, lex)
    .filter((t) => !t.fn || t.stem === 'not')
    .map((t) => t.stem);
}
