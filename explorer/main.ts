// The threshold explorer: a static page over the package, built with GOV.UK Frontend. No network, no
// storage: an assessment about a child never leaves the page. Everything it shows for a library enum
// value comes from the wording tables in words.ts.
import { frameworks, resolveLevel, ThresholdError, type Measures, type Quantity, type Resolution } from '../src/index.js';
import { updateConsent, fillSelect } from './consent.js';
import { updateContact } from './contact.js';
import { levelLinkText, renderAreas, updateAreaSummaries } from './descriptors.js';
import { $, el } from './dom.js';
import { london as londonTime } from './record.js';
import { renderResult } from './result.js';
import { search, suggest } from './search.js';
import { INPUT_OF, QUANTITIES, TICKED, checked, state } from './state.js';
import { copySummary, download, refreshTakeAway } from './take-away.js';
import { APPROVAL, CONCERN, CONSENT_STATE, PURPOSE, QUANTITY } from './words.js';

// ---------------------------------------------------------------- framework choice

function renderFrameworkChoice(): void {
  const root = $('framework');
  for (const f of frameworks) {
    const item = el('div', undefined, 'govuk-radios__item');
    const input = el('input', undefined, 'govuk-radios__input');
    input.type = 'radio';
    input.name = 'framework';
    input.id = `framework-${f.id}`;
    input.value = f.id;
    input.checked = f === state.fw;
    const label = el('label', `${f.area}`, 'govuk-label govuk-radios__label');
    label.htmlFor = input.id;
    const hint = el('div', `${f.scale.name.split(/ [–-] /)[0]}, ${f.levels.length} levels`, 'govuk-hint govuk-radios__hint');
    hint.id = `${input.id}-hint`;
    input.setAttribute('aria-describedby', hint.id);
    input.addEventListener('change', () => {
      if (!input.checked) return;
      state.fw = f;
      checked.clear();
      renderFramework();
    });
    item.append(input, label, hint);
    root.append(item);
  }
}

// ---------------------------------------------------------------- measures

function readMeasures(): Measures | undefined {
  const m: { -readonly [K in Quantity]?: number } = {};
  for (const q of QUANTITIES) {
    const raw = $<HTMLInputElement>(INPUT_OF[q]).value.trim().replace(/%$/, '').trim();
    if (raw !== '') m[q] = Number(raw);
  }
  return Object.keys(m).length > 0 ? m : undefined;
}

// ---------------------------------------------------------------- update

function update(): void {
  const error = $('input-error');
  updateAreaSummaries();
  let r: Resolution;
  const measures = readMeasures();
  for (const q of QUANTITIES) $(`${INPUT_OF[q]}-group`).classList.remove('govuk-form-group--error');
  const judgement = readJudgement();
  try {
    r = resolveLevel(state.fw, { indicators: [...checked], ...(measures ? { measures } : {}), ...(judgement ? { judgement } : {}) });
    error.textContent = '';
  } catch (e) {
    error.textContent = e instanceof ThresholdError ? plainError(e) : 'The figures could not be read.';
    for (const q of QUANTITIES) if (e instanceof ThresholdError && e.message.includes(q)) $(`${INPUT_OF[q]}-group`).classList.add('govuk-form-group--error');
    return;
  }
  state.latest = { r, measures };
  $('level').replaceChildren(
    el('span', r.level.name, 'app-summary__name'),
    el('span', `Level ${r.level.rank} of ${state.fw.levels.length} on ${state.fw.area}'s scale${r.judgement ? ' (your judgement)' : ''}`, 'app-summary__rank'),
  );
  const needs = r.needs.filter((n) => checked.has(n.id)).length;
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const tickedWords = [needs > 0 ? count(needs, 'need', 'needs') : '', r.strengths.length > 0 ? count(r.strengths.length, 'strength', 'strengths') : '']
    .filter(Boolean)
    .join(' and ');
  const fromFigures = r.derived.length > 0 ? `${count(r.derived.length, 'descriptor', 'descriptors')} met by the figures you entered` : '';
  $('summary-counts').textContent = `${tickedWords ? `${tickedWords} ticked` : 'Nothing ticked yet'}${fromFigures ? `; ${fromFigures}` : ''}.`;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-level-link]')) a.textContent = levelLinkText(r);
  renderResult(r, measures);
  $('print-date').textContent = `Prepared ${londonTime(new Date())} (UK time). It supports professional judgement; it does not replace it.`;
  updateContact();
  refreshTakeAway();
}

/** The lead's own level and reason, when both are given (the library needs a reason for a judgement). */
function readJudgement(): { level: number; reason: string } | undefined {
  const level = Number($<HTMLSelectElement>('judgement-level').value);
  const reason = $<HTMLTextAreaElement>('judgement-reason').value.trim();
  const missing = level > 0 && reason === '';
  $('judgement-error').textContent = missing ? 'Say why: a level you record needs your reason.' : '';
  $('judgement-reason-group').classList.toggle('govuk-form-group--error', missing);
  return level > 0 && reason !== '' ? { level, reason } : undefined;
}

/** A measure error in the lead's words (the library's message names the field by its id). */
function plainError(e: ThresholdError): string {
  let m = e.message.replace(/^resolveLevel: /, '');
  for (const q of QUANTITIES) m = m.replace(`measures.${q}`, QUANTITY[q].label.replace(/ \(%\)$/, ''));
  return m.replace(/; received .*$/, '.');
}
// ---------------------------------------------------------------- framework switch

function renderFramework(): void {
  const doc = state.fw.documents[0]!;
  $('framework-source').textContent = `Source: ${doc.title} (${doc.publisher}; ${doc.published}).`;
  const police = state.fw.contacts.find((c) => c.role === 'police-emergency');
  if (police) $('danger-text').textContent = police.when;
  for (const q of QUANTITIES) {
    $(`${INPUT_OF[q]}-label`).textContent = QUANTITY[q].label;
    $(`${INPUT_OF[q]}-hint`).textContent = QUANTITY[q].hint;
    $<HTMLInputElement>(INPUT_OF[q]).value = '';
  }
  $<HTMLInputElement>('search').value = '';
  search();
  $('note-results').replaceChildren();
  $('note-status').textContent = '';
  renderAreas();

  const judge = $<HTMLSelectElement>('judgement-level');
  judge.replaceChildren(Object.assign(el('option', 'The level the descriptors indicate'), { value: '0' }));
  for (const l of state.fw.levels) judge.append(Object.assign(el('option', `${l.name} (level ${l.rank})`), { value: String(l.rank) }));
  $<HTMLTextAreaElement>('judgement-reason').value = '';

  const purposes = state.fw.consent?.purposes ?? [];
  fillSelect('purpose', PURPOSE, purposes);
  // every value of the library's enumerations, in the order of the wording tables (words.ts)
  fillSelect('concern', CONCERN);
  fillSelect('consent-state', CONSENT_STATE);
  fillSelect('approval', APPROVAL);
  update();
  updateConsent();
}

document.body.classList.add('govuk-frontend-supported');
renderFrameworkChoice();
renderFramework();
for (const q of QUANTITIES) $(INPUT_OF[q]).addEventListener('input', update);
$('judgement-level').addEventListener('change', update);
$('judgement-reason').addEventListener('input', update);
$('search').addEventListener('input', search);
$('suggest').addEventListener('click', suggest);
document.addEventListener(TICKED, update);
for (const id of ['purpose', 'concern', 'consent-state', 'approval', 'danger', 'at-risk', 'delay']) $(id).addEventListener('change', updateConsent);
$('copy').addEventListener('click', () => void copySummary());
$('download').addEventListener('click', download);
$('print').addEventListener('click', () => window.print());
