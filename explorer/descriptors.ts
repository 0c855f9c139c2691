// The descriptors: the browse list (one details block per area), the ticking boxes that stay in step
// wherever a descriptor is shown, and the "level so far" link.
import type { Indicator, Resolution } from '../src/index.js';
import { $, el } from './dom.js';
import { TICKED, checked, levelWords, state } from './state.js';

/** One ticking box for a descriptor; every box of the same descriptor (browse, search) stays in step. */
export function descriptorBox(ind: Indicator, idPrefix: string, hintText?: string, same: readonly Indicator[] = [ind]): HTMLElement {
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
  document.dispatchEvent(new Event(TICKED));
}

/** Every descriptor, one GOV.UK details block per area (closed: the result is not 318 checkboxes away). */
export function renderAreas(): void {
  const root = $('areas');
  root.replaceChildren();
  const childrenOf = (parent: string | undefined) => state.fw.areas.filter((a) => a.parent === parent);
  const renderGroup = (areaId: string, into: HTMLElement, depth: number): void => {
    for (const level of state.fw.levels) {
      const items = state.fw.indicators.filter((i) => i.area === areaId && i.level === level.rank);
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
export function levelLink(): HTMLElement {
  const back = el('p', undefined, 'govuk-body-s app-back');
  const link = el('a', state.latest ? levelLinkText(state.latest.r) : 'See the result', 'govuk-link');
  link.href = '#result';
  link.dataset.levelLink = '';
  back.append(link);
  return back;
}
export const levelLinkText = (r: Resolution): string => `Level so far: ${levelWords(r.level.rank)}. See the result`;

/** The ids of an area and all its sub-areas. */
function areaFamily(id: string): Set<string> {
  const out = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of state.fw.areas) {
      if (a.parent && out.has(a.parent) && !out.has(a.id)) {
        out.add(a.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Each area's summary says how many of its descriptors are ticked. */
export function updateAreaSummaries(): void {
  for (const details of document.querySelectorAll<HTMLElement>('#areas details')) {
    const family = areaFamily(details.dataset.area ?? '');
    const ticked = state.fw.indicators.filter((i) => family.has(i.area) && checked.has(i.id)).length;
    const target = details.querySelector<HTMLElement>('.govuk-details__summary-text');
    const text = `${details.dataset.name ?? ''}${ticked > 0 ? ` (${ticked} ticked)` : ''}`;
    if (target && target.textContent !== text) target.textContent = text;
  }
}
