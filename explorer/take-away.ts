// Take it away: the summary to copy and the decision record to download, from the latest answers.
import { $, el } from './dom.js';
import { recordJson, summaryText, type Snapshot } from './record.js';
import { checked, state } from './state.js';

function snapshot(): Snapshot | undefined {
  if (!state.latest) return undefined;
  return {
    fw: state.fw,
    r: state.latest.r,
    measures: state.latest.measures,
    ticked: [...checked],
    contact: state.latestContact,
    consent: state.latestConsent,
    at: new Date(),
  };
}

export function refreshTakeAway(): void {
  const s = snapshot();
  if (s) $<HTMLTextAreaElement>('summary-text').value = summaryText(s);
}

export async function copySummary(): Promise<void> {
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

export function download(): void {
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
