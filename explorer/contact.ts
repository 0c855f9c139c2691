// Whom to call: immediate danger first, then contactFor's advice for now, with its reasons and assumptions.
import { contactFor, ThresholdError, type ContactAdvice } from '../src/index.js';
import { $, bullets, contactLink, el, row, withCite } from './dom.js';
import { london as londonTime } from './record.js';
import { state } from './state.js';
import { CONTACT_ROLE } from './words.js';

export function updateContact(): void {
  const box = $('contact');
  box.replaceChildren();
  const danger = $<HTMLInputElement>('danger').checked;
  const police = state.fw.contacts.find((c) => c.role === 'police-emergency');
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
    a = contactFor(state.fw, { at: new Date(), immediateDanger: danger, ...(state.latest ? { level: state.latest.r.level.rank } : {}) });
  } catch (e) {
    box.append(el('p', e instanceof ThresholdError ? e.message : 'Whom to call could not be worked out.', 'govuk-error-message'));
    return;
  }
  state.latestContact = a;
  const list = el('dl', undefined, 'govuk-summary-list');
  const now = el('div');
  if (a.contact) {
    const first = el('p', undefined, 'govuk-body-l app-callnow');
    first.id = 'call-now';
    first.append(`${a.contact.name}: `, contactLink(a.contact));
    now.append(first, el('p', `${CONTACT_ROLE[a.contact.role]}. ${a.contact.when}`, 'govuk-body-s'));
  } else if (a.levelAction) {
    // the level's own action needs no call: say so with the document's words, never a front door as the action
    const none = el('p', 'No call to children’s services is needed at this level.', 'govuk-body app-callnow');
    none.id = 'call-now';
    now.append(none, withCite(`The document: “${a.levelAction.text}”`, a.levelAction.source));
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
  else if (a.levelAction)
    $('summary-call').replaceChildren(`No call needed at ${a.level?.name ?? 'this level'}: “${a.levelAction.text}” If it becomes urgent: see the result.`);
  else $('summary-call').replaceChildren('Whom to call: see the result.');
}
