// The threshold explorer: a static page over the package. No network, no storage:
// an assessment about a child never leaves the page.
import {
  contactFor,
  decideConsent,
  frameworks,
  mapLevel,
  resolveLevel,
  searchIndicators,
  ThresholdError,
  type ConsentSituation,
  type Framework,
  type Measures,
  type Purpose,
} from '../src/index.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};
const cite = (s: { section: string; page?: number | undefined }): string => `${s.section}${s.page ? `, p. ${s.page}` : ''}`;
const PURPOSES: readonly [Purpose, string][] = [
  ['early-help-assessment', 'Early Help Assessment'],
  ['referral-to-childrens-social-care', "Referral to Children's Social Care"],
  ['prevent-referral', 'Prevent referral'],
  ['information-sharing', 'Sharing information'],
];

let fw: Framework = frameworks[0];
const checked = new Set<string>();

function renderFrameworkChoice(): void {
  const select = $<HTMLSelectElement>('framework');
  for (const f of frameworks) {
    const o = el('option', `${f.area}: ${f.name} (${f.scale.name})`);
    o.value = f.id;
    select.append(o);
  }
  select.addEventListener('change', () => {
    fw = frameworks.find((f) => f.id === select.value) ?? frameworks[0];
    checked.clear();
    renderFramework();
  });
}

function renderFramework(): void {
  const doc = fw.documents[0]!;
  $('framework-source').textContent = `Source: ${doc.title} (${doc.publisher}, ${doc.published}). ${fw.guidance[0]?.text ?? ''}`;
  // measures the framework states thresholds for
  const quantities = new Set(fw.indicators.flatMap((i) => (i.measure ? [i.measure.quantity] : [])));
  $('attendance-row').classList.toggle('hidden', !quantities.has('attendancePercent'));
  $('missing-row').classList.toggle('hidden', !quantities.has('missingEpisodesLast90Days'));
  $<HTMLInputElement>('attendance').value = '';
  $<HTMLInputElement>('missing').value = '';
  $<HTMLInputElement>('search').value = '';
  $('search-status').textContent = '';

  const root = $('areas');
  root.replaceChildren();
  const children = (parent: string | undefined) => fw.areas.filter((a) => a.parent === parent);
  const renderArea = (areaId: string, container: HTMLElement, depth: number): void => {
    const area = fw.areas.find((a) => a.id === areaId)!;
    const fs = el('fieldset');
    fs.dataset.area = area.id;
    fs.append(el('legend', area.name));
    for (const level of fw.levels) {
      const items = fw.indicators.filter((i) => i.area === area.id && i.level === level.rank);
      if (items.length === 0) continue;
      const group = el('div');
      group.setAttribute('role', 'group');
      const hid = `h-${area.id}-${level.rank}`;
      const h = el(depth > 0 ? 'h5' : 'h4', `${level.rank}. ${level.name}`, 'level-heading');
      h.id = hid;
      group.setAttribute('aria-labelledby', hid);
      group.append(h);
      for (const ind of items) {
        const row = el('div', undefined, 'indicator');
        row.dataset.id = ind.id;
        const box = el('input');
        box.type = 'checkbox';
        box.id = `i-${ind.id}`;
        box.value = ind.id;
        box.checked = checked.has(ind.id);
        box.addEventListener('change', () => {
          if (box.checked) checked.add(ind.id);
          else checked.delete(ind.id);
          row.classList.toggle('checked', box.checked);
          update();
        });
        const label = el('label', ind.text);
        label.htmlFor = box.id;
        row.append(box, label);
        group.append(row);
      }
      fs.append(group);
    }
    for (const c of children(area.id)) renderArea(c.id, fs, depth + 1);
    container.append(fs);
  };
  for (const a of children(undefined)) renderArea(a.id, root, 0);

  const purpose = $<HTMLSelectElement>('purpose');
  purpose.replaceChildren();
  for (const [id, name] of PURPOSES) {
    const supported = fw.consent?.purposes.includes(id) ?? false;
    const o = el('option', supported ? name : `${name} (not covered by this framework)`);
    o.value = id;
    o.disabled = !supported;
    purpose.append(o);
  }
  purpose.value = fw.consent?.purposes[0] ?? '';
  update();
  updateConsent();
}

function readMeasures(): Measures | undefined {
  const m: { attendancePercent?: number; missingEpisodesLast90Days?: number } = {};
  const a = $<HTMLInputElement>('attendance');
  const b = $<HTMLInputElement>('missing');
  if (!$('attendance-row').classList.contains('hidden') && a.value.trim() !== '') m.attendancePercent = Number(a.value);
  if (!$('missing-row').classList.contains('hidden') && b.value.trim() !== '') m.missingEpisodesLast90Days = Number(b.value);
  return Object.keys(m).length > 0 ? m : undefined;
}

function list(title: string, items: readonly string[], level: 'h3' | 'h4' = 'h3'): DocumentFragment {
  const f = document.createDocumentFragment();
  f.append(el(level, title));
  if (items.length === 0) {
    f.append(el('p', 'Nothing recorded.'));
    return f;
  }
  const ul = el('ul');
  for (const t of items) ul.append(el('li', t));
  f.append(ul);
  return f;
}

function update(): void {
  const error = $('input-error');
  const detail = $('result-detail');
  for (const fs of document.querySelectorAll<HTMLFieldSetElement>('#areas fieldset')) {
    fs.classList.toggle('has-checked', fs.querySelector('input:checked') !== null);
  }
  let r;
  try {
    const measures = readMeasures();
    r = resolveLevel(fw, { indicators: [...checked], ...(measures ? { measures } : {}) });
    error.textContent = '';
  } catch (e) {
    error.textContent = e instanceof ThresholdError ? e.message : 'The input could not be read.';
    return;
  }
  $('level').textContent = `Level: ${r.level.name} (${r.level.rank} of ${fw.levels.length})`;
  detail.replaceChildren();
  detail.append(el('p', r.summary));
  detail.append(list('What is driving this level', r.drivers.map((d) => `${d.text} (${cite(d.source)})`)));
  if (r.derived.length > 0) detail.append(list('From the measures', r.derived.map((d) => `${d.indicator.text} — ${d.rule}`)));
  if (r.considerations.length > 0) detail.append(list('Considerations (advisory, not applied)', r.considerations.map((c) => c.message)));
  const [well, worried, happen] = r.questions;
  detail.append(list(well.question, well.answers), list(worried.question, worried.answers), list(happen.question, happen.answers));
  for (const t of r.guidance.routes) {
    const p = el('p', `${t.route.name}: ${t.route.text}`, 'route');
    detail.append(p);
  }
  detail.append(list('Services at this level', r.guidance.services.map((s) => s.name)));
  const other = frameworks.find((f) => f !== fw && f.id !== fw.id);
  if (other) {
    try {
      const m = mapLevel(fw, r.level.id, other);
      detail.append(el('h3', `In ${other.area}'s framework`));
      detail.append(el('p', `${m.to.map((l) => l.name).join(' or ')} — for safeguarding decisions use ${m.highest.name}.`));
      detail.append(el('p', m.rationale, 'cite'));
    } catch {
      // no crosswalk for this pair of scales
    }
  }
  updateContact();
}

function updateContact(): void {
  const box = $('contact');
  box.replaceChildren();
  const danger = $<HTMLInputElement>('danger').checked;
  const a = contactFor(fw, { at: new Date(), immediateDanger: danger });
  if (a.contact) box.append(el('p', `${a.contact.name}: ${a.contact.phone ?? a.contact.email ?? ''}`, 'callnow'));
  if (a.then) box.append(el('p', `Then: ${a.then.name} ${a.then.phone ?? ''}`));
  box.append(el('p', a.reason));
  if (a.nextChange) box.append(el('p', `The office ${a.nextChange.officeOpen ? 'opens' : 'closes'} at ${a.nextChange.local} (UK time).`));
}

function updateConsent(): void {
  const out = $('consent-result');
  out.replaceChildren();
  const situation: ConsentSituation = {
    purpose: $<HTMLSelectElement>('purpose').value as Purpose,
    concern: $<HTMLSelectElement>('concern').value as ConsentSituation['concern'],
    consent: $<HTMLSelectElement>('consent-state').value as ConsentSituation['consent'],
    approval: $<HTMLSelectElement>('approval').value as NonNullable<ConsentSituation['approval']>,
    immediateDanger: $<HTMLInputElement>('danger').checked,
    seekingConsentWouldPlaceChildAtRisk: $<HTMLInputElement>('at-risk').checked,
    seekingConsentWouldCauseUndueDelay: $<HTMLInputElement>('delay').checked,
  };
  try {
    const d = decideConsent(fw, situation);
    const outcome = el('p', `Outcome: ${d.outcome}`, 'callnow');
    outcome.id = 'consent-outcome';
    out.append(outcome, el('p', `Tell the family: ${d.disclosure}. Consent required: ${d.consentRequired ? 'yes' : 'no'}.`));
    const ol = el('ol');
    for (const s of d.steps) {
      const li = el('li', s.text);
      li.append(el('span', ` (${cite(s.source)})`, 'cite'));
      ol.append(li);
    }
    out.append(el('h3', 'Steps, in order'), ol, list('You must record', d.mustRecord.map((m) => m.field)));
    if (d.lawfulBases.length > 0) out.append(list('Lawful bases the source recommends', d.lawfulBases.map((b) => b.basis)));
    if (d.unanswered.length > 0) out.append(list('What the document does not say', d.unanswered));
  } catch (e) {
    out.append(el('p', e instanceof ThresholdError ? e.message : 'The situation could not be read.', 'error'));
  }
  updateContact();
}

function search(): void {
  const q = $<HTMLInputElement>('search').value;
  const rows = document.querySelectorAll<HTMLElement>('#areas .indicator');
  if (q.trim() === '') {
    for (const r of rows) r.classList.remove('hidden');
    for (const fs of document.querySelectorAll<HTMLElement>('#areas fieldset')) fs.classList.remove('hidden');
    $('search-status').textContent = '';
    return;
  }
  const hits = new Set(searchIndicators(fw, q, { limit: 25 }).map((h) => h.indicator.id));
  for (const r of rows) r.classList.toggle('hidden', !hits.has(r.dataset.id ?? '') && !checked.has(r.dataset.id ?? ''));
  for (const fs of document.querySelectorAll<HTMLElement>('#areas fieldset')) {
    fs.classList.toggle('hidden', fs.querySelector('.indicator:not(.hidden)') === null);
  }
  $('search-status').textContent = `${hits.size} descriptor(s) match "${q}" (ticked ones stay shown).`;
}

renderFrameworkChoice();
renderFramework();
for (const id of ['attendance', 'missing']) $(id).addEventListener('input', update);
$('search').addEventListener('input', search);
$('clear-search').addEventListener('click', () => {
  $<HTMLInputElement>('search').value = '';
  search();
});
for (const id of ['purpose', 'concern', 'consent-state', 'approval', 'danger', 'at-risk', 'delay']) $(id).addEventListener('change', updateConsent);
