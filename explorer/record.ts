// What a lead takes away: a plain-text summary (to paste into a safeguarding record or a request for
// support) and a JSON decision record. Both are built in the browser from the library's results; the
// page never sends or stores them.
import {
  recordResolution,
  type ConsentDecision,
  type ContactAdvice,
  type Framework,
  type Measures,
  type Quantity,
  type Resolution,
  type SourceRef,
} from '../src/index.js';
import { CONSIDERATION, CONTACT_ROLE, DISCLOSURE, OUTCOME, PURPOSE, CONCERN, CONSENT_STATE, APPROVAL, QUANTITY, RECORD_FIELD } from './words.js';

export const cite = (s: SourceRef): string => `${s.section}${s.page ? `, p. ${s.page}` : ''}`;

/** Everything on the page that a record is made from. */
export interface Snapshot {
  readonly fw: Framework;
  readonly r: Resolution;
  readonly measures: Measures | undefined;
  readonly ticked: readonly string[];
  readonly contact: ContactAdvice | undefined;
  readonly consent: ConsentDecision | undefined;
  readonly at: Date;
}

/** A date and time in words, in UK time (Europe/London). */
export const london = (d: Date): string =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);

/** The plain-text summary: every line a lead can read without the API docs. */
export function summaryText(s: Snapshot): string {
  const { fw, r } = s;
  const doc = fw.documents[0]!;
  const area = (id: string): string => fw.areas.find((a) => a.id === id)?.name ?? id;
  const L: string[] = [];
  const head = (t: string): void => void L.push('', t.toUpperCase());
  L.push('THRESHOLD SUMMARY (supports professional judgement; it does not replace it)');
  L.push(`Prepared: ${london(s.at)} (UK time)`);
  L.push(`Threshold document: ${doc.title} (${doc.publisher}; ${doc.published})`);
  head('Level');
  L.push(`${r.level.name} (level ${r.level.rank} of ${fw.levels.length}): ${r.level.description}`);
  if (r.judgement) L.push(`Professional judgement: ${r.judgement.level.name}. Reason: ${r.judgement.reason}`);
  head('Why this level');
  if (r.drivers.length === 0) L.push(`- Nothing ticked or entered is a need above level 1.`);
  for (const d of r.drivers) L.push(`- ${d.text} (${area(d.area)}; ${cite(d.source)})`);
  if (r.derived.length > 0) {
    head('From the figures entered');
    for (const d of r.derived)
      L.push(`- ${QUANTITY[d.quantity].value(d.value)} meets "${d.indicator.text}" (level ${d.indicator.level}; ${cite(d.indicator.source)})`);
  }
  const unused = (Object.keys(QUANTITY) as Quantity[]).filter((q) => s.measures?.[q] !== undefined && !fw.indicators.some((i) => i.measure?.quantity === q));
  for (const q of unused) L.push(`- ${QUANTITY[q].value(s.measures![q]!)}: this document states no threshold for it; weigh it with professional judgement.`);
  head('Everything ticked');
  const ticked = [...r.needs, ...r.strengths].filter((i) => s.ticked.includes(i.id));
  if (ticked.length === 0) L.push('- Nothing ticked.');
  for (const i of ticked) L.push(`- ${i.text} (${area(i.area)}, level ${i.level}${i.kind === 'strength' ? ', a strength' : ''})`);
  head('What needs to happen');
  L.push(`${r.guidance.action.text} (${cite(r.guidance.action.source)})`);
  for (const a of r.guidance.areaActions) if (a.text !== r.guidance.action.text) L.push(`- ${area(a.area)}: ${a.text}`);
  for (const st of r.guidance.statements) L.push(`The document also says: "${st.text}" (${cite(st.source)})`);
  for (const t of r.guidance.routes) L.push(`! ${t.route.name}: ${t.route.text} ${DISCLOSURE[t.route.disclosure]}`);
  for (const st of r.guidance.caveats) L.push(`How the document says to use it: "${st.text}" (${cite(st.source)})`);
  if (r.considerations.length > 0) {
    head('Things to consider (advice; none changed the level)');
    for (const c of r.considerations) {
      const about = c.indicators.flatMap((id) => fw.indicators.filter((i) => i.id === id).map((i) => `"${i.text}" (level ${i.level})`));
      L.push(
        `- ${CONSIDERATION[c.id]}${about.length > 0 ? `: ${about.join('; ')}` : ''}${c.statement ? `. The document says: "${c.statement.text}" (${cite(c.statement.source)})` : ''}`,
      );
    }
  }
  head('Whom to call');
  const police = fw.contacts.find((c) => c.role === 'police-emergency');
  if (police) L.push(`Immediate danger: ${police.name} ${police.phone ?? ''}`.trim());
  if (s.contact) {
    const c = s.contact.contact;
    if (c)
      L.push(`At ${s.contact.local.weekday} ${s.contact.local.time}: ${c.name} ${c.phone ?? c.url ?? c.email ?? ''} (${CONTACT_ROLE[c.role].toLowerCase()})`);
    if (s.contact.ifUrgent) L.push(`If it becomes urgent: ${s.contact.ifUrgent.contact.name} ${s.contact.ifUrgent.contact.phone ?? ''}`.trim());
    for (const x of s.contact.assumptions) L.push(`Assumed: ${x}`);
    if (s.contact.then) L.push(`Then: ${s.contact.then.name} ${s.contact.then.phone ?? ''}`.trim());
    L.push(s.contact.reason);
  }
  if (s.consent) {
    const d = s.consent;
    head('Consent and sharing information');
    L.push(
      `Situation: ${PURPOSE[d.situation.purpose]}; concern: ${CONCERN[d.situation.concern]}; parent: ${CONSENT_STATE[d.situation.consent].toLowerCase()}; approval: ${APPROVAL[d.situation.approval].toLowerCase()}.`,
    );
    L.push(OUTCOME[d.outcome]);
    L.push(`Telling the family: ${DISCLOSURE[d.disclosure]}`);
    d.steps.forEach((st, n) => L.push(`${n + 1}. ${st.text} (${cite(st.source)})`));
    L.push(`The document: "${d.grounds.outcome.text}" (${cite(d.grounds.outcome.source)})`);
    for (const u of d.unanswered) L.push(`Not stated in the document: ${u}`);
    for (const m of d.mustRecord) L.push(`Write down (required): ${RECORD_FIELD[m.field]}. "${m.text}" (${cite(m.source)})`);
    for (const x of d.suggestedRecord) L.push(`Also worth writing down: ${x}`);
    if (d.lawfulBases.length > 0) L.push(`Lawful basis (as the document names it): ${d.lawfulBases.map((b) => b.basis).join('; ')}.`);
  }
  L.push('', 'Made in the browser by the safeguarding-thresholds threshold explorer. Nothing was sent or stored.');
  return L.join('\n');
}

/** The JSON decision record: the library's own results as plain data, with what was entered and when. */
export function recordJson(s: Snapshot): string {
  const doc = s.fw.documents[0]!;
  return JSON.stringify(
    {
      record: 'safeguarding-thresholds threshold explorer decision record',
      note: 'Supports professional judgement; it does not replace it. Made in the browser; nothing was sent or stored.',
      preparedAt: s.at.toISOString(),
      framework: { id: s.fw.id, name: s.fw.name, area: s.fw.area, version: s.fw.version, document: doc },
      entered: { indicators: s.ticked, measures: s.measures ?? {} },
      // which data and library version gave these answers (each answer below carries it too)
      provenance: s.r.provenance,
      // the compact record a case system stores, which replayRecord can check later against the data
      resolutionRecord: recordResolution(s.r, { at: s.at }),
      resolution: s.r,
      contact: s.contact ?? null,
      consent: s.consent ?? null,
      summary: summaryText(s),
    },
    null,
    2,
  );
}
