// Consent and information sharing: the situation as the lead sets it, and decideConsent's answer in the
// document's words.
import { decideConsent, ThresholdError, type ConsentSituation } from '../src/index.js';
import { updateContact } from './contact.js';
import { $, bullets, citeEl, el, withCite, withLi } from './dom.js';
import { state } from './state.js';
import { refreshTakeAway } from './take-away.js';
import { APPROVAL, CONCERN, CONSENT_STATE, DISCLOSURE, OUTCOME, PURPOSE, RECORD_FIELD } from './words.js';

/** Fills a select with the wording table's options, in its order (or `order`), keeping the choice where it still exists. */
export function fillSelect<T extends string>(id: string, words: Record<T, string>, order: readonly T[] = Object.keys(words) as T[]): void {
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

export function updateConsent(): void {
  const out = $('consent-result');
  out.replaceChildren();
  state.latestConsent = undefined;
  if (!state.fw.consent) {
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
    const d = decideConsent(state.fw, situation);
    state.latestConsent = d;
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
