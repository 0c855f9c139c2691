// The result: the level, why, what needs to happen, the other scale, routes, things to consider and
// the three questions, each with its citation.
import { frameworks, mapLevel, type Measures, type Resolution } from '../src/index.js';
import { $, bullets, citeEl, contactLink, el, row, withCite } from './dom.js';
import { QUANTITIES, areaName, checked, indicatorById, levelWords, state } from './state.js';
import { CONSIDERATION, DISCLOSURE, QUANTITY } from './words.js';

function considerationBody(c: Resolution['considerations'][number], measures: Measures | undefined): HTMLElement {
  const box = el('div', undefined, 'govuk-inset-text app-consideration');
  box.append(el('h4', CONSIDERATION[c.id], 'govuk-heading-s'));
  const listed = c.indicators.flatMap((id) => {
    const i = indicatorById(id);
    return i ? [`${i.text} (${areaName(i.area)}, level ${i.level}: ${state.fw.levels[i.level - 1]!.name})`] : [];
  });
  switch (c.id) {
    case 'measure-not-applicable': {
      const stated = new Set(state.fw.indicators.flatMap((i) => (i.measure ? [i.measure.quantity] : [])));
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

export function renderResult(r: Resolution, measures: Measures | undefined): void {
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
        ? el('span', `Nothing you ticked or entered is a need above level 1, so the descriptors indicate ${state.fw.levels[0]!.name}.`)
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
  if (r.guidance.caveats.length > 0)
    list.append(row('How the document says to use it', bullets(r.guidance.caveats.map((st) => withCite(`“${st.text}”`, st.source)))));
  const other = frameworks.find((f) => f.id !== state.fw.id);
  if (other) {
    try {
      const m = mapLevel(state.fw, r.level.id, other);
      const p = el('div');
      p.append(
        el('p', `${m.to.map((l) => l.name).join(' or ')}. For safeguarding decisions, use ${m.highest.name}.`, 'govuk-body'),
        el('p', m.rationale, 'govuk-body-s app-cite'),
        ...m.conditional.map((c) => el('p', c.reading, 'govuk-body-s app-cite')),
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
