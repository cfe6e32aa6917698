// Loads the event pages the build rendered (examples/target/page/, written by PageInChromiumTest) in Debian's
// Chromium through puppeteer-core, never a downloaded browser, and checks what a resident meets at a phone's width
// (390 px) and a desktop's (1280 px): axe-core finds no serious or critical violation (light and dark, past events
// folded and unfolded), nothing overflows sideways, and the page's promises hold in the DOM. Screenshots go to
// examples/target/page-390.png, page-1280.png and the like. Exits 1 on the first failed check.
//
//   node check-page.mjs [PAGES_DIR] [SCREENSHOT_DIR]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import axe from 'axe-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const pages = path.resolve(process.argv[2] ?? path.join(here, '../../../target/page'));
const shots = path.resolve(process.argv[3] ?? path.join(here, '../../../target'));
const WIDTHS = [390, 1280];
const failures = [];

function check(ok, what) {
  if (!ok) {
    failures.push(what);
    console.log(`FAIL ${what}`);
  }
}

for (const name of ['page.html', 'event.html', 'hostile.html']) {
  if (!fs.existsSync(path.join(pages, name))) {
    console.error(`${path.join(pages, name)} is missing: run the examples' tests first (PageInChromiumTest writes it)`);
    process.exit(1);
  }
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nightout-chromium-'));
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

/** Runs axe-core on the page as it is; returns the violations, and fails on any serious or critical one. */
async function audit(page, label) {
  await page.evaluate(axe.source);
  const result = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  }));
  const v = result.violations;
  const byImpact = {};
  for (const x of v) byImpact[x.impact] = (byImpact[x.impact] ?? 0) + x.nodes.length;
  console.log(`axe ${label}: ${v.length === 0 ? 'no violations' : JSON.stringify(byImpact)}`);
  for (const x of v) {
    console.log(`  ${x.impact} ${x.id}: ${x.help} (${x.nodes.length}) e.g. ${x.nodes[0].target.join(' ')}`);
  }
  const serious = v.filter(x => x.impact === 'serious' || x.impact === 'critical');
  check(serious.length === 0, `${label}: ${serious.length} serious or critical axe violation(s)`);
  return v;
}

async function noSidewaysScroll(page, label) {
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  check(scroll <= inner, `${label}: the page is ${scroll} px wide in a ${inner} px viewport`);
}

async function focusIsVisible(page, label) {
  await page.focus('main a');
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  check(outline.style !== 'none' && outline.width >= 2, `${label}: a focused link shows an outline (${JSON.stringify(outline)})`);
}

try {
  const started = Date.now();
  const page = await browser.newPage();
  page.on('dialog', async d => { failures.push(`a dialog opened: ${d.message()}`); await d.dismiss(); });
  for (const width of WIDTHS) {
    const label = `page.html at ${width} px`;
    await page.setViewport({ width, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.goto(pathToFileURL(path.join(pages, 'page.html')).href, { waitUntil: 'load' });

    const dom = await page.evaluate(() => {
      const text = el => (el ? el.textContent.trim() : null);
      const details = document.querySelector('details.nno-past-list');
      const upcoming = [...document.querySelectorAll('section[aria-labelledby="nno-upcoming"] li.nno-event')];
      const past = details ? [...details.querySelectorAll('li.nno-event')] : [];
      return {
        title: document.title,
        h1: [...document.querySelectorAll('h1')].map(text),
        landmarks: ['header', 'main', 'footer'].map(t => document.querySelectorAll(t).length),
        upcomingDays: upcoming.map(li => li.querySelector('time').getAttribute('datetime')),
        upcomingStatus: upcoming.map(li => text(li.querySelector('.nno-status'))),
        upcomingAdd: upcoming.filter(li => li.querySelector('.nno-add')).length,
        pastOpen: details ? details.open : null,
        pastCount: past.length,
        pastDays: past.map(li => li.querySelector('time').getAttribute('datetime')),
        pastScheduled: past.filter(li => /Scheduled/.test(li.textContent)).length,
        pastAdd: past.filter(li => li.querySelector('.nno-add')).length,
        cancelled: [...document.querySelectorAll('.nno-status.nno-cancelled')].map(text),
        maps: [...document.querySelectorAll('a.nno-map')].map(a => a.href),
        subscribe: ['apple', 'google', 'outlook', 'office365'].map(s => document.getElementById(`nno-subscribe-${s}`)?.href ?? null),
        form: (f => f && { method: f.method, fields: [...f.elements].map(e => e.name).filter(Boolean) })(document.querySelector('form')),
        notes: /The report|inferred|is assumed/.test(document.body.textContent),
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(s => JSON.parse(s.textContent)),
        scripts: document.querySelectorAll('script:not([type="application/ld+json"])').length,
      };
    });
    check(dom.title === dom.h1[0] && dom.h1.length === 1, `${label}: the calendar's name is the title and the one h1 (${dom.title} / ${dom.h1})`);
    check(dom.landmarks.every(n => n === 1), `${label}: one header, main and footer (${dom.landmarks})`);
    check(dom.upcomingDays.length > 0 && dom.upcomingDays.every((d, i, a) => i === 0 || a[i - 1] <= d), `${label}: upcoming events, soonest first (${dom.upcomingDays})`);
    check(dom.upcomingStatus.every(s => s === 'Scheduled'), `${label}: upcoming events are scheduled (${dom.upcomingStatus})`);
    check(dom.upcomingAdd === dom.upcomingDays.length, `${label}: each upcoming event offers add-to-calendar links`);
    check(dom.pastOpen === false && dom.pastCount > 0, `${label}: past events folded away in a closed <details>`);
    check(dom.pastDays.every((d, i, a) => i === 0 || a[i - 1] >= d), `${label}: past events newest first`);
    check(dom.pastScheduled === 0 && dom.pastAdd === 0, `${label}: no past event is marked Scheduled or offers add-to-calendar links`);
    check(dom.cancelled.length > 0 && dom.cancelled.every(s => /^Cancelled — \S/.test(s)), `${label}: cancelled events say why (${dom.cancelled})`);
    check(dom.maps.length > 0 && dom.maps.every(h => h.startsWith('https://www.openstreetmap.org/')), `${label}: map links to OpenStreetMap`);
    check(dom.subscribe[0]?.startsWith('webcal://') && dom.subscribe[1]?.startsWith('https://calendar.google.com/')
      && dom.subscribe[2]?.startsWith('https://outlook.live.com/') && dom.subscribe[3]?.startsWith('https://outlook.office.com/'),
      `${label}: subscribe buttons for webcal, Google and Outlook`);
    check(dom.form?.method === 'get' && ['community', 'agency', 'from', 'to'].every(f => dom.form.fields.includes(f)),
      `${label}: filters as a plain GET form (${JSON.stringify(dom.form)})`);
    check(!dom.notes, `${label}: no note meant for the data's author`);
    check(dom.jsonLd.length === 1 && dom.jsonLd[0]['@graph'].length === dom.upcomingDays.length + dom.pastCount,
      `${label}: one JSON-LD graph with every event listed`);
    check(dom.scripts === 0, `${label}: no script to run`);

    await noSidewaysScroll(page, label);
    await focusIsVisible(page, label);
    await audit(page, `${label}, light`);
    await page.evaluate(() => document.activeElement.blur());
    await page.screenshot({ path: path.join(shots, `page-${width}.png`), fullPage: true });

    await page.evaluate(() => document.querySelectorAll('details').forEach(d => { d.open = true; }));
    await noSidewaysScroll(page, `${label}, past events unfolded`);
    await audit(page, `${label}, light, past events unfolded`);
    await page.screenshot({ path: path.join(shots, `page-${width}-past.png`), fullPage: true });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await audit(page, `${label}, dark, past events unfolded`);
    await page.evaluate(() => document.querySelectorAll('details').forEach(d => { d.open = false; }));
    await page.screenshot({ path: path.join(shots, `page-${width}-dark.png`), fullPage: true });

    const eventLabel = `event.html at ${width} px`;
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.goto(pathToFileURL(path.join(pages, 'event.html')).href, { waitUntil: 'load' });
    const event = await page.evaluate(() => ({
      h1: document.querySelector('h1')?.textContent,
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(s => JSON.parse(s.textContent)),
      add: document.querySelectorAll('.nno-add a').length,
    }));
    check(event.jsonLd.length === 1 && event.jsonLd[0]['@type'] === 'Event' && event.jsonLd[0].name === event.h1,
      `${eventLabel}: its JSON-LD names the event of its heading`);
    check(event.add >= 4, `${eventLabel}: add-to-calendar links`);
    await noSidewaysScroll(page, eventLabel);
    await audit(page, `${eventLabel}, light`);
    await page.screenshot({ path: path.join(shots, `event-${width}.png`), fullPage: true });
  }

  for (const file of ['hostile.html', 'hostile-event.html']) {
    if (!fs.existsSync(path.join(pages, file))) continue;
    await page.goto(pathToFileURL(path.join(pages, file)).href, { waitUntil: 'load' });
    const hostile = await page.evaluate(() => ({
      images: document.images.length,
      title: document.title,
      scripts: document.querySelectorAll('script').length,
      bold: document.querySelectorAll('main b').length,
    }));
    check(hostile.images === 0 && hostile.bold === 0 && hostile.scripts === 1 && hostile.title !== 'pwned',
      `${file}: hostile titles stay text (${JSON.stringify(hostile)})`);
  }
  console.log(`checked in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${shots}`);
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.log(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('all page checks passed');
