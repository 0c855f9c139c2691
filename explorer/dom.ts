// DOM helpers of the threshold explorer: elements, bullet lists, citations, summary rows, contact links.
import type { Contact, SourceRef } from '../src/index.js';
import { cite } from './record.js';

export const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}
export const citeEl = (s: SourceRef): HTMLElement => el('span', ` (${cite(s)})`, 'app-cite');
export function bullets(items: readonly (string | Node)[], cls = 'govuk-list govuk-list--bullet'): HTMLElement {
  const ul = el('ul', undefined, cls);
  for (const t of items) {
    const li = el('li');
    li.append(t);
    ul.append(li);
  }
  return ul;
}
export function withCite(text: string, source: SourceRef): HTMLElement {
  const s = el('span', text);
  s.append(citeEl(source));
  return s;
}
export function withLi(text: string, source: SourceRef): HTMLElement {
  const li = el('li', text);
  li.append(citeEl(source));
  return li;
}

export function row(key: string, value: Node | string): HTMLElement {
  const r = el('div', undefined, 'govuk-summary-list__row');
  const dd = el('dd', undefined, 'govuk-summary-list__value');
  dd.append(value);
  r.append(el('dt', key, 'govuk-summary-list__key'), dd);
  return r;
}

/** A contact's phone (a tel: link), else its web address or email. */
export function contactLink(c: Contact): HTMLElement {
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
