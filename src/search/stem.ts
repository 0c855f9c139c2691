/**
 * A light, deterministic English stemmer shared by the descriptors, the
 * queries and the build-time compilation of the thesaurus.
 * @module
 * @internal
 */

function vowelAt(w: string, i: number): boolean {
  const c = w[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return true;
  return c === 'y' && i > 0 && !vowelAt(w, i - 1);
}

/** Porter's measure: the number of vowel–consonant sequences. */
function measure(w: string): number {
  let m = 0;
  let i = 0;
  while (i < w.length && !vowelAt(w, i)) i++;
  while (i < w.length) {
    while (i < w.length && vowelAt(w, i)) i++;
    if (i >= w.length) break;
    while (i < w.length && !vowelAt(w, i)) i++;
    m++;
  }
  return m;
}

function hasVowel(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (vowelAt(w, i)) return true;
  return false;
}

function cvc(w: string): boolean {
  const n = w.length;
  return n >= 3 && !vowelAt(w, n - 3) && vowelAt(w, n - 2) && !vowelAt(w, n - 1) && !'wxy'.includes(w[n - 1]!);
}

function doubleConsonant(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && !vowelAt(w, n - 1);
}

const STEP2: readonly (readonly [string, string])[] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['ization', 'ize'],
  ['isation', 'ise'],
  ['ation', 'ate'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['ousli', 'ous'],
  ['iveli', 'ive'],
  ['fulli', 'ful'],
];

const STEP3: readonly (readonly [string, string])[] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alise', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];

/**
 * A light, deterministic stemmer: Porter's steps 1 (plurals, -ed, -ing, y → i),
 * a few step 2 suffixes (-ation, -isation, -ally, -ently…) and step 5 (final -e,
 * -ll), with -ize spellings read as -ise. Words of up to 3 letters and words with
 * digits are kept as they are. @internal
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return w; // digits, '&', other scripts: as is
  }
  const iz = w.lastIndexOf('iz');
  if (iz > 0 && ['e', 'es', 'ed', 'ing', 'ation', 'ations', 'er', 'ers'].includes(w.slice(iz + 2))) w = `${w.slice(0, iz)}is${w.slice(iz + 2)}`;
  // step 1a
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && w.length > 3) w = w.slice(0, -1);
  // step 1b
  let again = false;
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2);
    again = true;
  } else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3);
    again = true;
  }
  if (again) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('is')) w += 'e';
    else if (doubleConsonant(w) && !'lsz'.includes(w[w.length - 1]!)) w = w.slice(0, -1);
    else if (measure(w) === 1 && cvc(w)) w += 'e';
  }
  // step 1c
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  // step 2 (subset)
  for (const [from, to] of STEP2) {
    if (w.endsWith(from)) {
      if (measure(w.slice(0, -from.length)) > 0) w = w.slice(0, -from.length) + to;
      break;
    }
  }
  // -ly (Porter 2): regularly → regular, currently → current; not family, early, daily
  if (w.endsWith('li') && 'cdeghkmnrt'.includes(w[w.length - 3] ?? '') && measure(w.slice(0, -2)) > 1) w = w.slice(0, -2);
  // step 3 (derivational: careful → care, homelessness → homeless, neglectful → neglect)
  for (const [from, to] of STEP3) {
    if (w.endsWith(from)) {
      if (measure(w.slice(0, -from.length)) > 0) w = w.slice(0, -from.length) + to;
      break;
    }
  }
  // step 5
  if (w.endsWith('e')) {
    const m = measure(w.slice(0, -1));
    if (m > 1 || (m === 1 && !cvc(w.slice(0, -1)))) w = w.slice(0, -1);
  }
  if (w.endsWith('ll') && measure(w) > 1) w = w.slice(0, -1);
  return w;
}
