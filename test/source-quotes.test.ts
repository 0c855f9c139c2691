// Reads every text the data claims to quote back against its source document.
//
// Generic over the data: it walks every JSON file under data/ (except the generated schemas) and
// checks every object that cites a document (`source: { document, section, page? }`):
//   - its quoted strings — `text` (or `printed`, where the data gives the printed form apart from
//     what the source means), `when`, `summary`, `description`, `basis`, `quote` — must occur in the
//     document, after the same normalisation on both sides (whitespace, bullets, typographic quotes
//     and dashes, markdown/HTML markup); the `name` of a level's support service is checked too,
//     without regard to case (other names are labels, not quotes);
//   - each part of its `section` (split on ' › ') must occur in the document.
// A quote the data says it assembled (a level's `description`, or an object with a `note` explaining a
// source quirk) may be made of several verbatim passages, each at least 20 characters long.
// Printed page numbers cannot be checked: the plain-text copies carry no page breaks.
//
// The sources are not part of the repository. They are looked for at <repo>/../shared/sources (CI),
// <repo>/../../shared/sources (a worktree), /work/shared/sources and $SAFEGUARDING_SOURCES; when none is there the test says so on the console
// and asserts nothing — the only test allowed to.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

const candidates = [resolve(root, '../shared/sources'), resolve(root, '../../shared/sources'), '/work/shared/sources', process.env.SAFEGUARDING_SOURCES].filter(
  (d): d is string => d !== undefined && d !== '',
);
const sourcesDir = candidates.find((d) => existsSync(d) && statSync(d).isDirectory());

/** Lines of a copy that are page furniture (running headers / footers), not text: removed before matching. */
const PAGE_FURNITURE: Readonly<Record<string, readonly string[]>> = {
  // Staffordshire: the footer of page 5, printed in the middle of a sentence that runs onto page 6
  '001_ab9356ec1506d641.txt': ['Working together to keep children safe'],
};

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The normalisation applied to both sides: what "verbatim" means for the data. */
export function normalise(s: string): string {
  return s
    .replace(/^[ \t]*(?:[-•*]|\d+\.)[ \t]+/gm, ' ') // list bullets at the start of a line
    .replace(/<(https?:[^>\s]+)>/g, '$1') // markdown autolinks
    .replace(/<[^>]+>/g, ' ') // HTML tags of the table cells
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_m, e: string) => ENTITIES[e]!)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // markdown links: their text
    .replace(/\\(.)/g, '$1') // markdown escapes
    .replace(/[*#]/g, '') // markdown emphasis and headings
    .replace(/[‘’′`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—‐]/g, '-')
    .replace(/•/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Quote {
  file: string;
  path: string;
  key: string;
  text: string;
  document: string;
  section: string;
  assembled: boolean;
}

const QUOTE_KEYS = ['text', 'printed', 'when', 'summary', 'description', 'basis', 'quote'] as const;

function collect(file: string, value: unknown, path: string, out: Quote[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collect(file, v, `${path}[${i}]`, out));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  const src = o.source as Record<string, unknown> | undefined;
  if (src !== null && typeof src === 'object' && typeof src.document === 'string') {
    for (const key of [...QUOTE_KEYS, ...(/\.services\[\d+\]$/.test(path) ? ['name'] : [])]) {
      const text = o[key];
      if (typeof text !== 'string') continue;
      if (key === 'text' && typeof o.printed === 'string') continue; // `printed` is the verbatim form
      out.push({
        file,
        path,
        key,
        text,
        document: src.document,
        section: typeof src.section === 'string' ? src.section : '',
        assembled: key === 'description' || typeof o.note === 'string',
      });
    }
  }
  for (const [k, v] of Object.entries(o)) if (k !== 'source') collect(file, v, `${path}.${k}`, out);
}

function dataFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'schema' ? [] : dataFiles(p);
    return e.name.endsWith('.json') ? [p] : [];
  });
}

/** Whether `text` is made of verbatim passages of `doc`, each at least `min` characters. */
function assembledFrom(text: string, doc: string, min = 20): boolean {
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    let lo = i;
    let hi = text.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (doc.includes(text.slice(i, mid))) lo = mid;
      else hi = mid - 1;
    }
    if (lo - i < Math.min(min, text.length - i) || lo === i) return false;
    i = lo;
  }
  return true;
}

const dataDir = join(root, 'data');
const files = dataFiles(dataDir).sort();
const quotes: Quote[] = [];
const documentFiles = new Map<string, string | undefined>();
for (const f of files) {
  const json = JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
  for (const d of Array.isArray(json.documents) ? (json.documents as { id: string; file?: string }[]) : []) documentFiles.set(d.id, d.file);
  collect(f.slice(root.length), json, '$', quotes);
}

describe('quoted texts read back against their source documents', () => {
  if (sourcesDir === undefined) {
    it('cannot run: the source documents are not here', () => {
      console.warn(
        `source-quotes: the source documents were not found (looked in ${candidates.join(', ')}); ` +
          `${quotes.length} quoted texts NOT checked against them. Put the plain-text copies there (or set SAFEGUARDING_SOURCES) to check them.`,
      );
    });
    return;
  }
  const texts = new Map<string, { exact: string; lower: string }>();
  const docText = (id: string): { exact: string; lower: string } | string => {
    const file = documentFiles.get(id);
    if (file === undefined) return `document '${id}' names no source file`;
    const path = join(sourcesDir, file);
    if (!existsSync(path)) return `source file ${file} of '${id}' is not in ${sourcesDir}`;
    let t = texts.get(file);
    if (t === undefined) {
      let raw = readFileSync(path, 'utf8');
      for (const line of PAGE_FURNITURE[file] ?? []) raw = raw.split(`\n${line}\n`).join('\n');
      const exact = normalise(raw);
      t = { exact, lower: exact.toLowerCase() };
      texts.set(file, t);
    }
    return t;
  };

  it('finds the quote-bearing objects of the data (consent steps among them)', () => {
    expect(quotes.length).toBeGreaterThan(600);
    const consentSteps = quotes.filter((q) => /\.consent\.steps\[\d+\]$/.test(q.path));
    expect(new Set(consentSteps.map((q) => q.file)).size).toBe(2);
    expect(consentSteps.length).toBeGreaterThan(30);
  });

  it('every quoted text occurs verbatim in its own document', () => {
    const problems: string[] = [];
    for (const q of quotes) {
      const doc = docText(q.document);
      if (typeof doc === 'string') {
        problems.push(`${q.file} ${q.path}.${q.key}: ${doc}`);
        continue;
      }
      const t = normalise(q.text);
      const found = q.key === 'name' ? doc.lower.includes(t.toLowerCase()) : doc.exact.includes(t) || (q.assembled && assembledFrom(t, doc.exact));
      if (!found) problems.push(`${q.file} ${q.path}.${q.key} is not in '${q.document}': ${JSON.stringify(q.text)}`);
    }
    expect(problems).toEqual([]);
  });

  it('every cited section heading occurs in its own document', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const q of quotes) {
      const doc = docText(q.document);
      if (typeof doc === 'string' || seen.has(`${q.document}|${q.section}`)) continue;
      seen.add(`${q.document}|${q.section}`);
      for (const part of q.section.split(' › ')) {
        if (!doc.lower.includes(normalise(part).toLowerCase())) problems.push(`${q.file} ${q.path}: section '${part}' is not in '${q.document}'`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the check is not vacuous: a reworded sentence, a dropped "not" and a sentence of the other document all fail', () => {
    const stoke = docText('sscp-thresholds-for-intervention');
    const staffs = docText('staffordshire-threshold-framework-2022');
    if (typeof stoke === 'string' || typeof staffs === 'string') throw new Error('both documents are needed');
    const sentence = 'consent is not required when sharing information for safeguarding and protecting the welfare of a child';
    expect(stoke.exact.includes(normalise(sentence))).toBe(true);
    expect(stoke.exact.includes(normalise(sentence.replace(' not', '')))).toBe(false);
    expect(stoke.exact.includes(normalise(sentence.replace('sharing', 'passing on')))).toBe(false);
    expect(staffs.exact.includes(normalise(sentence))).toBe(false);
    expect(assembledFrom(normalise(sentence.replace(' not', '')), stoke.exact)).toBe(false);
  });
});
