// The threshold explorer: a static page over the package, built with GOV.UK Frontend. No network, no
// storage: an assessment about a child never leaves the page. Everything it shows for a library enum
// value comes from the wording tables in words.ts.
import {
  contactFor,
  decideConsent,
  frameworks,
  mapLevel,
  resolveLevel,
  searchIndicators,
  suggestIndicators,
  tags,
  ThresholdError,
  type ConsentDecision,
  type ConsentSituation,
  type ContactAdvice,
  type Contact,
  type Framework,
  type Indicator,
  type Measures,
  type Quantity,
  type Resolution,
  type SourceRef,
} from '../src/index.js';
import { APPROVAL, CONCERN, CONSENT_STATE, CONSIDERATION, CONTACT_ROLE, DISCLOSURE, OUTCOME, PURPOSE, QUANTITY, RECORD_FIELD } from './words.js';
import { cite, london as londonTime, recordJson, summaryText, type Snapshot } from './record.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}
const citeEl = (s: SourceRef): HTMLElement => el('span', ` (${cite(s)})`, 'app-cite');
function bullets(items: readonly (string | Node)[], cls = 'govuk-list govuk-list--bullet'): HTMLElement {
  const ul = el('ul', undefined, cls);
  for (const t of items) {
    const li = el('li');
    li.append(t);
    ul.append(li);
  }
  return ul;
}
function withCite(text: string, source: SourceRef): HTMLElement {
  const s = el('span', text);
  s.append(citeEl(source));
  return s;
}
const QUANTITIES = Object.keys(QUANTITY) as Quantity[];
const INPUT_OF: Record<Quantity, string> = { attendancePercent: 'attendance', missingEpisodesLast90Days: 'missing' };
const tagName = new Map<string, string>(tags.map((t) => [t.id, t.name]));

let fw: Framework = frameworks[0];
const checked = new Set<string>();
let latest: { r: Resolution; measures: Measures | undefined } | undefined;
let latestContact: ContactAdvice | undefined;
let latestConsent: ConsentDecision | undefined;

const areaName = (id: string): string => fw.areas.find((a) => a.id === id)?.name ?? id;
/** "Getting Help (level 3 of 5)" */
const levelWords = (rank: number): string => `${fw.levels[rank - 1]!.name} (level ${rank} of ${fw.levels.length})`;
const indicatorById = (id: string): Indicator | undefined => fw.indicators.find((i) => i.id === id);

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
    input.checked = f === fw;
    const label = el('label', `${f.area}`, 'govuk-label govuk-radios__label');
    label.htmlFor = input.id;
    const hint = el('div', `${f.scale.name.split(/ [–-] /)[0]}, ${f.levels.length} levels`, 'govuk-hint govuk-radios__hint');
    hint.id = `${input.id}-hint`;
    input.setAttribute('aria-describedby', hint.id);
    input.addEventListener('change', () => {
      if (!input.checked) return;
      fw = f;
      checked.clear();
      renderFramework();
    });
    item.append(input, label, hint);
    root.append(item);
  }
}

// ---------------------------------------------------------------- descriptors

/** One ticking box for a descriptor; every box of the same descriptor (browse, search) stays in step. */
function descriptorBox(ind: Indicator, idPrefix: string, hintText?: string, same: readonly Indicator[] = [ind]): HTMLElement {
  // `same`: the descriptor's text as the document prints it under several areas; one box ticks them all
  const ids = same.map((i) => i.id);
  const item = el('div', undefined, 'govuk-checkboxes__item');
  const box = el('input', undefined, 'govuk-checkboxes__input');
  box.type = 'checkbox';
  box.id = `${idPrefix}-${ind.id}`;
  box.value = ind.id;
  box.dataset.indicators = ids.join(' ');
  box.checked = ids.some((id) => checked.has(id));
  box.addEventListener('change', () => setChecked(ids, box.checked));
  const label = el('label', ind.text, 'govuk-label govuk-checkboxes__label');
  label.htmlFor = box.id;
  item.append(box, label);
  const hints = [ind.kind === 'strength' ? 'A strength: it never lowers the level' : '', hintText ?? ''].filter(Boolean);
  if (hints.length > 0) {
    const hint = el('div', hints.join('. '), 'govuk-hint govuk-checkboxes__hint');
    hint.id = `${box.id}-hint`;
    box.setAttribute('aria-describedby', hint.id);
    item.append(hint);
  }
  return item;
}

function setChecked(ids: readonly string[], on: boolean): void {
  for (const id of ids) {
    if (on) checked.add(id);
    else checked.delete(id);
  }
  for (const b of document.querySelectorAll<HTMLInputElement>('input[data-indicators]')) {
    b.checked = (b.dataset.indicators ?? '').split(' ').some((id) => checked.has(id));
  }
  update();
}

/** Every descriptor, one GOV.UK details block per area (closed: the result is not 318 checkboxes away). */
function renderAreas(): void {
  const root = $('areas');
  root.replaceChildren();
  const childrenOf = (parent: string | undefined) => fw.areas.filter((a) => a.parent === parent);
  const renderGroup = (areaId: string, into: HTMLElement, depth: number): void => {
    for (const level of fw.levels) {
      const items = fw.indicators.filter((i) => i.area === areaId && i.level === level.rank);
      if (items.length === 0) continue;
      const group = el('div', undefined, 'govuk-form-group');
      const fs = el('fieldset', undefined, 'govuk-fieldset');
      fs.append(el('legend', `Level ${level.rank}: ${level.name}`, 'govuk-fieldset__legend govuk-fieldset__legend--s'));
      const boxes = el('div', undefined, 'govuk-checkboxes govuk-checkboxes--small');
      for (const ind of items) boxes.append(descriptorBox(ind, 'i'));
      fs.append(boxes);
      group.append(fs);
      into.append(group);
    }
    for (const sub of childrenOf(areaId)) {
      into.append(el(depth === 0 ? 'h4' : 'h5', sub.name, depth === 0 ? 'govuk-heading-s app-subarea' : 'govuk-body app-subarea app-subarea--minor'));
      renderGroup(sub.id, into, depth + 1);
    }
  };
  for (const area of childrenOf(undefined)) {
    const details = el('details', undefined, 'govuk-details app-area');
    details.dataset.area = area.id;
    details.dataset.name = area.name;
    const summary = el('summary', undefined, 'govuk-details__summary');
    summary.append(el('span', area.name, 'govuk-details__summary-text'));
    const content = el('div', undefined, 'govuk-details__text');
    renderGroup(area.id, content, 0);
    content.append(levelLink());
    details.append(summary, content);
    root.append(details);
  }
  updateAreaSummaries();
}

/** "Level so far: … See the result": the level one tap away from wherever the lead is ticking. */
function levelLink(): HTMLElement {
  const back = el('p', undefined, 'govuk-body-s app-back');
  const link = el('a', latest ? levelLinkText(latest.r) : 'See the result', 'govuk-link');
  link.href = '#result';
  link.dataset.levelLink = '';
  back.append(link);
  return back;
}
const levelLinkText = (r: Resolution): string => `Level so far: ${levelWords(r.level.rank)}. See the result`;

/** The ids of an area and all its sub-areas. */
function areaFamily(id: string): Set<string> {
  const out = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of fw.areas) {
      if (a.parent && out.has(a.parent) && !out.has(a.id)) {
        out.add(a.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Each area's summary says how many of its descriptors are ticked. */
function updateAreaSummaries(): void {
  for (const details of document.querySelectorAll<HTMLElement>('#areas details')) {
    const family = areaFamily(details.dataset.area ?? '');
    const ticked = fw.indicators.filter((i) => family.has(i.area) && checked.has(i.id)).length;
    const target = details.querySelector<HTMLElement>('.govuk-details__summary-text');
    const text = `${details.dataset.name ?? ''}${ticked > 0 ? ` (${ticked} ticked)` : ''}`;
    if (target && target.textContent !== text) target.textContent = text;
  }
}

// ---------------------------------------------------------------- search (and, later, a pasted note)

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
    const words = h.matched.map((m) => (m.startsWith('tag:') ? (tagName.get(m.slice(4)) ?? m.slice(4)).toLowerCase() : m));
    const because = [...new Set(words)].join(', ');
    const same = h.indicators && h.indicators.length > 0 ? h.indicators : [h.indicator];
    const areas = [...new Set(same.map((i) => areaName(i.area)))].join('; ');
    boxes.append(descriptorBox(h.indicator, idPrefix, `Level ${h.indicator.level}, ${areas}${because ? `. Matched: ${because}` : ''}`, same));
  }
  fs.append(boxes);
  group.append(fs);
  return group;
}

function search(): void {
  const q = $<HTMLInputElement>('search').value;
  const out = $('search-results');
  out.replaceChildren();
  if (q.trim() === '') {
    $('search-status').textContent = '';
    return;
  }
  const hits = searchIndicators(fw, q);
  $('search-status').textContent =
    hits.length === 0
      ? `No descriptor matches “${q}”. Try other words, or browse the areas below.`
      : `${hits.length} best ${hits.length === 1 ? 'match' : 'matches'} for “${q}”, best first.`;
  if (hits.length > 0) out.append(pickList(`Descriptors matching “${q}”`, hits, 's'), levelLink());
}

/** A pasted note, sentence by sentence: the library's proposals for each, for the lead to tick or leave. */
function suggest(): void {
  const note = $<HTMLTextAreaElement>('note').value;
  const out = $('note-results');
  out.replaceChildren();
  const found = suggestIndicators(fw, note);
  const n = found.indicators.length;
  $('note-status').textContent =
    note.trim() === ''
      ? 'Paste or type a note first.'
      : n === 0
        ? 'No descriptor matches this note. Try the search, or browse the areas below.'
        : `${n} ${n === 1 ? 'descriptor' : 'descriptors'} proposed, sentence by sentence. None is ticked: tick those that fit.${found.read < note.length ? ` Only the first ${found.read} characters were read.` : ''}`;
  found.sentences.forEach((s, k) => out.append(pickList(`“${s.sentence}”`, s.suggestions, `n${k}`)));
  if (n > 0) out.append(levelLink());
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

// ---------------------------------------------------------------- result

function row(key: string, value: Node | string): HTMLElement {
  const r = el('div', undefined, 'govuk-summary-list__row');
  const dd = el('dd', undefined, 'govuk-summary-list__value');
  dd.append(value);
  r.append(el('dt', key, 'govuk-summary-list__key'), dd);
  return r;
}

function considerationBody(c: Resolution['considerations'][number], measures: Measures | undefined): HTMLElement {
  const box = el('div', undefined, 'govuk-inset-text app-consideration');
  box.append(el('h4', CONSIDERATION[c.id], 'govuk-heading-s'));
  const listed = c.indicators.flatMap((id) => {
    const i = indicatorById(id);
    return i ? [`${i.text} (${areaName(i.area)}, level ${i.level}: ${fw.levels[i.level - 1]!.name})`] : [];
  });
  switch (c.id) {
    case 'measure-not-applicable': {
      const stated = new Set(fw.indicators.flatMap((i) => (i.measure ? [i.measure.quantity] : [])));
      const unused = QUANTITIES.filter((q) => measures?.[q] !== undefined && !stated.has(q));
      for (const q of unused) {
        box.append(
          el(
            'p',
            `${QUANTITY[q].value(measures![q]!)}: this document states no threshold for it, so it did not set the level. Weigh it with your professional judgement.`,
            'govuk-body',
          ),
        );
      }
      if (listed.length > 0) box.append(el('p', 'Descriptors that speak of it:', 'govuk-body'), bullets(listed));
      break;
    }
    case 'higher-descriptors-to-consider':
      box.append(
        el(
          'p',
          'A figure you entered meets a threshold the document states, and the document gives no figure for higher levels. Check whether these higher-level descriptors also apply:',
          'govuk-body',
        ),
        bullets(listed),
      );
      break;
    case 'judgement-below-indicated':
    case 'judgement-above-indicated':
      box.append(el('p', 'Record your reason, and discuss it with your safeguarding lead or a colleague.', 'govuk-body'));
      break;
    case 'combined-needs':
      box.append(el('p', 'You ticked several needs. Together they may mean more than each alone.', 'govuk-body'));
      if (listed.length > 0) box.append(bullets(listed));
      break;
    case 'no-descriptors-at-level':
      // the library's own words here name levels and areas, never ids
      box.append(el('p', c.message, 'govuk-body'));
      break;
    case 'strengths-alongside-needs':
      box.append(el('p', 'You ticked strengths as well as needs. Build on the strengths; they never lower the level the needs indicate.', 'govuk-body'));
      break;
  }
  if (c.statement) {
    const q = el('p', undefined, 'govuk-body app-quote');
    q.append(`The document says: “${c.statement.text}”`, citeEl(c.statement.source));
    box.append(q);
  }
  return box;
}

function renderResult(r: Resolution, measures: Measures | undefined): void {
  const detail = $('result-detail');
  detail.replaceChildren();
  const list = el('dl', undefined, 'govuk-summary-list');
  const lv = el('span', undefined, 'app-result-level');
  lv.id = 'result-level';
  lv.textContent = levelWords(r.level.rank);
  const levelCell = el('div');
  levelCell.append(lv, el('p', r.level.description, 'govuk-body-s app-level-description'));
  list.append(row(r.judgement ? 'Level to act on (your judgement)' : 'Level', levelCell));
  if (r.judgement) {
    list.append(row('Your reason', r.judgement.reason), row('The descriptors indicate', levelWords(r.indicatedLevel.rank)));
  }
  list.append(
    row(
      'Why this level',
      r.drivers.length === 0
        ? el('span', `Nothing you ticked or entered is a need above level 1, so the descriptors indicate ${fw.levels[0]!.name}.`)
        : bullets(r.drivers.map((d) => withCite(`${d.text} — ${areaName(d.area)}`, d.source))),
    ),
  );
  if (r.derived.length > 0) {
    list.append(
      row(
        'From the figures you entered',
        bullets(
          r.derived.map((d) => withCite(`${QUANTITY[d.quantity].value(d.value)} meets “${d.indicator.text}” (level ${d.indicator.level})`, d.indicator.source)),
        ),
      ),
    );
  }
  const action = el('div');
  action.append(withCite(r.guidance.action.text, r.guidance.action.source));
  // what an area's own table adds, where it says something other than the level's action
  const areaActions = r.guidance.areaActions.filter((a) => a.text !== r.guidance.action.text);
  if (areaActions.length > 0) action.append(bullets(areaActions.map((a) => withCite(`${areaName(a.area)}: ${a.text}`, a.source))));
  list.append(row('What needs to happen', action));
  if (r.guidance.statements.length > 0)
    list.append(row('The document also says', bullets(r.guidance.statements.map((st) => withCite(`“${st.text}”`, st.source)))));
  if (r.guidance.services.length > 0) list.append(row('Services at this level', bullets(r.guidance.services.map((s) => s.name))));
  const other = frameworks.find((f) => f.id !== fw.id);
  if (other) {
    try {
      const m = mapLevel(fw, r.level.id, other);
      const p = el('div');
      p.append(
        el('p', `${m.to.map((l) => l.name).join(' or ')}. For safeguarding decisions, use ${m.highest.name}.`, 'govuk-body'),
        el('p', m.rationale, 'govuk-body-s app-cite'),
      );
      list.append(row(`On ${other.area}'s scale`, p));
    } catch {
      // no crosswalk for this pair of scales
    }
  }
  const ticked = [...r.needs, ...r.strengths].filter((i) => checked.has(i.id));
  list.append(
    row(
      'What you ticked',
      ticked.length === 0
        ? el('span', 'Nothing yet.')
        : bullets(ticked.map((i) => `${i.text} — ${areaName(i.area)}, level ${i.level}${i.kind === 'strength' ? ' (a strength)' : ''}`)),
    ),
  );
  for (const t of r.guidance.routes) {
    const banner = el('div', undefined, 'govuk-notification-banner');
    banner.setAttribute('role', 'region');
    banner.setAttribute('aria-labelledby', `route-${t.route.id}-title`);
    const header = el('div', undefined, 'govuk-notification-banner__header');
    const title = el('h3', 'Important', 'govuk-notification-banner__title');
    title.id = `route-${t.route.id}-title`;
    header.append(title);
    const content = el('div', undefined, 'govuk-notification-banner__content');
    content.append(el('p', t.route.name, 'govuk-notification-banner__heading'));
    const p = el('p', undefined, 'govuk-body');
    p.append(withCite(t.route.text, t.route.source));
    content.append(p, el('p', DISCLOSURE[t.route.disclosure], 'govuk-body govuk-!-font-weight-bold'));
    if (t.contact) {
      const p2 = el('p', `Contact: ${t.contact.name}`, 'govuk-body');
      const link = contactLink(t.contact);
      if (link.textContent) p2.append(', ', link);
      content.append(p2);
    }
    banner.append(header, content);
    detail.append(banner);
  }

  detail.append(list);

  if (r.considerations.length > 0) {
    detail.append(el('h3', 'Things to consider', 'govuk-heading-m'), el('p', 'Advice for your judgement. None of it has changed the level.', 'govuk-body'));
    for (const c of r.considerations) detail.append(considerationBody(c, measures));
  }

  if (r.guidance.factorsToConsider.length > 0) {
    const d = el('details', undefined, 'govuk-details');
    const summary = el('summary', undefined, 'govuk-details__summary');
    summary.append(el('span', 'Important factors to consider, in the document’s words', 'govuk-details__summary-text'));
    const text = el('div', undefined, 'govuk-details__text');
    text.append(bullets(r.guidance.factorsToConsider.map((f) => withCite(f.text, f.source))));
    d.append(summary, text);
    detail.append(d);
  }

  detail.append(el('h3', 'The three questions', 'govuk-heading-m'));
  for (const q of r.questions) {
    detail.append(el('h4', q.question, 'govuk-heading-s'));
    detail.append(q.answers.length === 0 ? el('p', 'Nothing recorded yet.', 'govuk-body') : bullets(q.answers));
  }
}

// ---------------------------------------------------------------- whom to call

/** A contact's phone (a tel: link), else its web address or email. */
function contactLink(c: Contact): HTMLElement {
  if (c.phone) {
    const a = el('a', c.phone, 'govuk-link app-phone');
    a.href = `tel:${c.phone.replace(/\s+/g, '')}`;
    return a;
  }
  if (c.url) {
    // the lead's own navigation, never the page's: nothing is sent until they follow it
    if (!/^https:\/\//.test(c.url)) return el('span', c.url, 'app-url');
    const a = el('a', c.url, 'govuk-link app-url');
    a.href = c.url;
    a.rel = 'noreferrer noopener';
    return a;
  }
  return el('span', c.email ?? '');
}

function updateContact(): void {
  const box = $('contact');
  box.replaceChildren();
  const danger = $<HTMLInputElement>('danger').checked;
  const police = fw.contacts.find((c) => c.role === 'police-emergency');
  // immediate danger first, always
  if (police) {
    const w = el('div', undefined, 'govuk-warning-text');
    const icon = el('span', '!', 'govuk-warning-text__icon');
    icon.setAttribute('aria-hidden', 'true');
    const strong = el('strong', undefined, 'govuk-warning-text__text');
    strong.append(el('span', 'Warning', 'govuk-visually-hidden'), ` Immediate danger: call ${police.name} on `, contactLink(police), '.');
    w.append(icon, strong);
    box.append(w);
  }
  let a: ContactAdvice;
  try {
    a = contactFor(fw, { at: new Date(), immediateDanger: danger, ...(latest ? { level: latest.r.level.rank } : {}) });
  } catch (e) {
    box.append(el('p', e instanceof ThresholdError ? e.message : 'Whom to call could not be worked out.', 'govuk-error-message'));
    return;
  }
  latestContact = a;
  const list = el('dl', undefined, 'govuk-summary-list');
  const now = el('div');
  if (a.contact) {
    const first = el('p', undefined, 'govuk-body-l app-callnow');
    first.id = 'call-now';
    first.append(`${a.contact.name}: `, contactLink(a.contact));
    now.append(first, el('p', `${CONTACT_ROLE[a.contact.role]}. ${a.contact.when}`, 'govuk-body-s'));
  } else {
    const none = el('p', 'The document names no one to call for this situation now: see why below.', 'govuk-body app-callnow');
    none.id = 'call-now';
    now.append(none);
  }
  // the office is shut and the document sends this level to it: say when to call, not "now"
  const opens = a.contact?.hours && !a.officeOpen && a.nextChange?.officeOpen ? londonTime(new Date(a.nextChange.at)) : undefined;
  const at = a.level ? `At ${a.level.name}` : 'Now';
  list.append(row(opens ? `${at}: call when the office opens, ${opens}` : `${at}, now (${a.local.weekday} ${a.local.time})`, now));
  if (a.ifUrgent) {
    const u = el('span', `${a.ifUrgent.contact.name}: `);
    u.append(contactLink(a.ifUrgent.contact), el('br'), withCite(`The document: “${a.ifUrgent.text}”`, a.ifUrgent.source));
    list.append(row('If it becomes urgent', u));
  }
  if (a.then) {
    const t = el('span');
    t.append(`${a.then.name}: `, contactLink(a.then));
    list.append(row('Then', t));
  }
  list.append(row('Why', a.reason));
  if (a.nextChange) {
    const what = a.nextChange.officeOpen ? 'opens' : 'closes';
    list.append(
      row(
        a.nextChange.officeOpen ? 'When the office opens' : 'When the office closes',
        `The office ${what} on ${londonTime(new Date(a.nextChange.at))} (UK time).`,
      ),
    );
  }
  if (a.assumptions.length > 0) list.append(row('This assumes', bullets(a.assumptions)));
  if (!a.bankHolidaysKnown) list.append(row('Bank holidays', 'This package does not know the bank holidays for this year: check whether today is one.'));
  if (a.alsoAvailable.length > 0) {
    list.append(
      row(
        'Also',
        bullets(
          a.alsoAvailable.map((c) => {
            const s = el('span', `${CONTACT_ROLE[c.role]}: ${c.name}`);
            const link = contactLink(c);
            if (link.textContent) s.append(', ', link);
            return s;
          }),
        ),
      ),
    );
  }
  box.append(list);
  if (a.contact)
    $('summary-call').replaceChildren(opens ? `Call when it opens (${opens}): ${a.contact.name}, ` : `Call now: ${a.contact.name}, `, contactLink(a.contact));
  else $('summary-call').replaceChildren('Whom to call: see the result.');
}

// ---------------------------------------------------------------- consent

function fillSelect<T extends string>(id: string, words: Record<T, string>, order: readonly T[]): void {
  const s = $<HTMLSelectElement>(id);
  const value = s.value;
  s.replaceChildren();
  for (const v of order) {
    const o = el('option', words[v]);
    o.value = v;
    s.append(o);
  }
  if (order.includes(value as T)) s.value = value;
}

function updateConsent(): void {
  const out = $('consent-result');
  out.replaceChildren();
  latestConsent = undefined;
  if (!fw.consent) {
    out.append(el('p', 'This document states no consent rules. Ask your safeguarding lead or the front door.', 'govuk-body'));
    updateContact();
    return;
  }
  const situation: ConsentSituation = {
    purpose: $<HTMLSelectElement>('purpose').value as ConsentSituation['purpose'],
    concern: $<HTMLSelectElement>('concern').value as ConsentSituation['concern'],
    consent: $<HTMLSelectElement>('consent-state').value as ConsentSituation['consent'],
    approval: $<HTMLSelectElement>('approval').value as NonNullable<ConsentSituation['approval']>,
    immediateDanger: $<HTMLInputElement>('danger').checked,
    seekingConsentWouldPlaceChildAtRisk: $<HTMLInputElement>('at-risk').checked,
    seekingConsentWouldCauseUndueDelay: $<HTMLInputElement>('delay').checked,
  };
  try {
    const d = decideConsent(fw, situation);
    latestConsent = d;
    const box = el('div', undefined, 'app-decision');
    const flags = [
      d.situation.immediateDanger ? 'the child is in immediate danger' : '',
      d.situation.seekingConsentWouldPlaceChildAtRisk ? 'asking for consent would put the child at risk' : '',
      d.situation.seekingConsentWouldCauseUndueDelay ? 'asking for consent would cause undue delay' : '',
    ].filter(Boolean);
    box.append(
      el(
        'p',
        `The situation: ${PURPOSE[d.situation.purpose]}. Concern: ${CONCERN[d.situation.concern]}. Parent: ${CONSENT_STATE[d.situation.consent].toLowerCase()}. Approval: ${APPROVAL[d.situation.approval].toLowerCase()}.${flags.length > 0 ? ` Also: ${flags.join('; ')}.` : ''}`,
        'govuk-body app-print-only',
      ),
    );
    const outcome = el('h3', OUTCOME[d.outcome], 'govuk-heading-m');
    outcome.id = 'consent-outcome';
    const why = el('p', undefined, 'govuk-body app-quote');
    why.append(`The document: “${d.grounds.outcome.text}”`, citeEl(d.grounds.outcome.source));
    box.append(outcome, why);
    if (d.consentRequired) box.append(el('p', "The family's consent is needed before this goes ahead.", 'govuk-body'));
    box.append(el('p', `Telling the family: ${DISCLOSURE[d.disclosure]}`, 'govuk-body'));
    const ol = el('ol', undefined, 'govuk-list govuk-list--number');
    for (const s of d.steps) ol.append(withLi(s.text, s.source));
    box.append(el('h4', 'Steps, in order (the document’s words)', 'govuk-heading-s'), ol);
    if (d.unanswered.length > 0) box.append(el('h4', 'What the document does not say', 'govuk-heading-s'), bullets(d.unanswered));
    box.append(
      el('h4', 'Write down (the document requires it)', 'govuk-heading-s'),
      d.mustRecord.length === 0
        ? el('p', 'The document asks for nothing in particular here.', 'govuk-body')
        : bullets(
            d.mustRecord.map((m) => {
              const item = el('span', `${RECORD_FIELD[m.field]}. `);
              item.append(el('span', `The document: “${m.text}”`, 'app-cite'), citeEl(m.source));
              return item;
            }),
          ),
    );
    if (d.suggestedRecord.length > 0)
      box.append(el('h4', 'Also worth writing down (for a good record; the document does not require it)', 'govuk-heading-s'), bullets(d.suggestedRecord));
    if (d.lawfulBases.length > 0)
      box.append(
        el('h4', 'Lawful basis for sharing (as the document names it)', 'govuk-heading-s'),
        bullets(d.lawfulBases.map((b) => withCite(b.basis, b.source))),
      );
    out.append(box);
  } catch (e) {
    out.append(el('p', e instanceof ThresholdError ? e.message : 'The situation could not be read.', 'govuk-error-message'));
  }
  updateContact();
  refreshTakeAway();
}

function withLi(text: string, source: SourceRef): HTMLElement {
  const li = el('li', text);
  li.append(citeEl(source));
  return li;
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
    r = resolveLevel(fw, { indicators: [...checked], ...(measures ? { measures } : {}), ...(judgement ? { judgement } : {}) });
    error.textContent = '';
  } catch (e) {
    error.textContent = e instanceof ThresholdError ? plainError(e) : 'The figures could not be read.';
    for (const q of QUANTITIES) if (e instanceof ThresholdError && e.message.includes(q)) $(`${INPUT_OF[q]}-group`).classList.add('govuk-form-group--error');
    return;
  }
  latest = { r, measures };
  $('level').replaceChildren(
    el('span', r.level.name, 'app-summary__name'),
    el('span', `Level ${r.level.rank} of ${fw.levels.length} on ${fw.area}'s scale${r.judgement ? ' (your judgement)' : ''}`, 'app-summary__rank'),
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

// ---------------------------------------------------------------- take it away

function snapshot(): Snapshot | undefined {
  if (!latest) return undefined;
  return { fw, r: latest.r, measures: latest.measures, ticked: [...checked], contact: latestContact, consent: latestConsent, at: new Date() };
}

function refreshTakeAway(): void {
  const s = snapshot();
  if (s) $<HTMLTextAreaElement>('summary-text').value = summaryText(s);
}

async function copySummary(): Promise<void> {
  refreshTakeAway();
  const text = $<HTMLTextAreaElement>('summary-text').value;
  const status = $('take-away-status');
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied. Paste it into the child’s safeguarding record or your request for support.';
  } catch {
    const details = $<HTMLDetailsElement>('summary-text-details');
    details.open = true;
    const area = $<HTMLTextAreaElement>('summary-text');
    area.focus();
    area.select();
    status.textContent = 'This browser did not let the page copy. The summary is selected below: press Ctrl+C (or Cmd+C) to copy it.';
  }
}

function download(): void {
  const s = snapshot();
  if (!s) return;
  const blob = new Blob([recordJson(s)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = el('a');
  a.href = url;
  a.download = `threshold-decision-${s.fw.id}-${s.at.toISOString().slice(0, 10)}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  $('take-away-status').textContent = 'The decision record was saved to your downloads. Nothing was sent anywhere.';
}

// ---------------------------------------------------------------- framework switch

function renderFramework(): void {
  const doc = fw.documents[0]!;
  $('framework-source').textContent = `Source: ${doc.title} (${doc.publisher}; ${doc.published}).`;
  const police = fw.contacts.find((c) => c.role === 'police-emergency');
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
  for (const l of fw.levels) judge.append(Object.assign(el('option', `${l.name} (level ${l.rank})`), { value: String(l.rank) }));
  $<HTMLTextAreaElement>('judgement-reason').value = '';

  const purposes = fw.consent?.purposes ?? [];
  fillSelect('purpose', PURPOSE, purposes);
  fillSelect('concern', CONCERN, ['wellbeing', 'child-in-need', 'significant-harm']);
  fillSelect('consent-state', CONSENT_STATE, ['not-yet-sought', 'given', 'refused', 'cannot-be-obtained']);
  fillSelect('approval', APPROVAL, ['not-sought', 'granted', 'refused']);
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
for (const id of ['purpose', 'concern', 'consent-state', 'approval', 'danger', 'at-risk', 'delay']) $(id).addEventListener('change', updateConsent);
$('copy').addEventListener('click', () => void copySummary());
$('download').addEventListener('click', download);
$('print').addEventListener('click', () => window.print());
