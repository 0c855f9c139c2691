// End-to-end test of the threshold explorer in a real browser: Debian's Chromium driven by
// playwright-core (no browser download), against the built page served on localhost.
// Run with `npm run test:e2e` (builds the page first). Not part of `npm test`.
import assert from 'node:assert/strict';
import { readFileSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const root = new URL('../..', import.meta.url).pathname;
const site = join(root, 'docs/explorer');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

let server, base, browser, page;
const requests = [];

before(async () => {
  assert.ok(existsSync(join(site, 'index.html')), 'build the page first: npm run explorer');
  assert.ok(executablePath, 'Chromium not found: apt-get install -y chromium');
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '') || 'index.html';
    const file = join(site, path);
    if (!file.startsWith(site) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/London' });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  // Tuesday 24 November 2026, 10:00 in London: office hours
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00Z'));
  await page.goto(base);
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const level = () => page.locator('#level').textContent();

test('every indicator is a native checkbox whose accessible name is its verbatim text', async () => {
  const boxes = page.locator('#areas input[type=checkbox]');
  const count = await boxes.count();
  assert.ok(count > 300, `${count} checkboxes`);
  const name = 'Concern that a child/young person is at risk of radicalisation/extremism.';
  assert.equal(await page.getByRole('checkbox', { name, exact: true }).count(), 1);
  assert.match(await level(), /Thriving/);
  assert.equal(await page.locator('#level').getAttribute('role'), 'status');
});

test('ticking descriptors and entering measures gives the level, drivers, route and mapped level', async () => {
  await page.getByLabel('School attendance (%)').fill('93');
  assert.match(await level(), /Getting Advice/);
  await page.getByLabel('School attendance (%)').fill('85');
  assert.match(await level(), /Getting Help/);
  await page.getByRole('checkbox', { name: 'Concern that a child/young person is at risk of radicalisation/extremism.', exact: true }).check();
  assert.match(await level(), /Getting Risk Support \(5 of 5\)/);
  const detail = await page.locator('#result-detail').textContent();
  assert.match(detail, /Prevent referral: .*should not be disclosed/);
  assert.match(detail, /Statutory \/ Specialist/);
  await page.getByLabel('School attendance (%)').fill('120');
  assert.match(await page.locator('#input-error').textContent(), /must not exceed 100/);
  await page.getByLabel('School attendance (%)').fill('');
});

test('whom to call now: the front door in office hours', async () => {
  assert.match(await page.locator('#contact').textContent(), /01782 235100/);
});

test('the consent panel walks decideConsent and lists the steps and what to record', async () => {
  await page.getByLabel('Purpose').selectOption('referral-to-childrens-social-care');
  await page.getByLabel('Concern', { exact: true }).selectOption('significant-harm');
  await page.getByLabel('Consent', { exact: true }).selectOption('refused');
  await page.getByLabel('Manager / DSL approval').selectOption('granted');
  assert.match(await page.locator('#consent-outcome').textContent(), /proceed-without-consent/);
  const text = await page.locator('#consent-result').textContent();
  assert.match(text, /withheld her\/his permission/);
  assert.match(text, /You must record/);
  await page.getByLabel('The child is in immediate danger').check();
  assert.match(await page.locator('#consent-result li').first().textContent(), /999/);
  assert.match(await page.locator('#contact .callnow').textContent(), /999/);
  await page.getByLabel('The child is in immediate danger').uncheck();
});

test('search in practitioner language narrows the descriptors', async () => {
  await page.getByLabel('Search descriptors in your own words').fill('county lines');
  assert.match(await page.locator('#search-status').textContent(), /match "county lines"/);
  assert.ok(await page.getByRole('checkbox', { name: 'Criminal behaviour linked to, or because of exploitation.', exact: true }).isVisible());
  await page.getByRole('button', { name: 'Show all' }).click();
});

test('a screenshot for the README', async () => {
  mkdirSync(join(root, 'docs/images'), { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(root, 'docs/images/explorer.png'), fullPage: false });
});

test('switching framework: Staffordshire missing episodes, and its contact', async () => {
  await page.getByLabel('Framework').selectOption('staffordshire');
  assert.equal(await page.locator('#attendance-row').isVisible(), false);
  await page.getByLabel('Missing from home: episodes in the last 90 days').fill('3');
  assert.match(await level(), /Statutory \/ Specialist \(4 of 4\)/);
  assert.match(await page.locator('#contact').textContent(), /0300 111 8007/);
  assert.equal(await page.locator('#purpose option[value=prevent-referral]').isDisabled(), true);
});

test('keyboard only: Tab reaches a checkbox, Space ticks it, the level is announced', async () => {
  await page.getByLabel('Missing from home: episodes in the last 90 days').fill('');
  await page.getByRole('button', { name: 'Show all' }).focus();
  let name = '';
  for (let i = 0; i < 5 && !name; i++) {
    await page.keyboard.press('Tab');
    name = await page.evaluate(() => (document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'checkbox' ? document.activeElement.id : ''));
  }
  assert.ok(name, 'a checkbox took focus');
  await page.keyboard.press('Space');
  assert.equal(await page.locator(`#${name}`).isChecked(), true);
  assert.match(await level(), /Level: /);
  // on a fresh page the skip link is the first stop, and it moves focus to the result
  await page.reload();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to the result');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'result');
});

test('it prints cleanly: inputs and unticked descriptors are hidden', async () => {
  await page.getByLabel('Framework').selectOption('staffordshire');
  await page.getByRole('checkbox', { name: 'Sexual abuse', exact: true }).check();
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.getByRole('checkbox', { name: 'Sexual abuse', exact: true }).locator('..').isVisible());
  const visibleUnticked = await page.locator('#areas .indicator:not(.checked)').first().isVisible();
  assert.equal(visibleUnticked, false);
  assert.equal(await page.locator('#consent-form').isVisible(), false);
  assert.ok(await page.locator('#level').isVisible());
  await page.emulateMedia({ media: 'screen' });
});

test('no request leaves localhost, and nothing is stored', async () => {
  assert.ok(requests.length >= 3);
  for (const url of requests) assert.ok(url.startsWith(base), `request to ${url}`);
  const stored = await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length);
  assert.equal(stored, 0);
});
