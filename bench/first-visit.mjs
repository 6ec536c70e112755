// See bench/first-visit.sh. A first visit on a slow mobile link (issue 29): Chromium throttled to
// 1.6 Mbit/s down, 750 kbit/s up and 150 ms of round trip (Lighthouse's « slow 4G »), a new profile
// each time (empty cache, no service worker). Reports, as the median of RUNS visits: the home page's
// load event; a result page's load event; on the commune step, the load event, and the time from the
// first tap on the commune field to its first suggestions while the person types « Nant » at a phone's
// pace (150 ms a letter). The field's code is fetched on that first tap (issue 29): this row is what
// the person waits for it, the debounce and the commune API included.
import { createRequire } from "node:module";

const require = createRequire(`${process.env.NODE_PATH}/`);
const { chromium } = require("playwright-core");
const [base, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const COMMUNE_STEP = "/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi";
const RESULT = "/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi";

/** Milliseconds from navigation to the load event and, with `suggest`, from the first tap on the
 * commune field to its first suggestion on screen. */
async function visit(browser, path, suggest) {
  const context = await browser.newContext({ serviceWorkers: "block", hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW);
  await page.goto(base + path, { waitUntil: "load", timeout: 60_000 });
  let readyMs = null;
  if (suggest) {
    const start = await page.evaluate(() => performance.now());
    await page.locator("#commune-texte").tap();
    await page.keyboard.type("Nant", { delay: 150 });
    await page.locator("#commune-suggestions [role=option]").first().waitFor({ timeout: 60_000 });
    readyMs = (await page.evaluate(() => performance.now())) - start;
  }
  const loadMs = await page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventStart);
  await context.close();
  return { loadMs, readyMs };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
const rows = [
  ["home page, load event", "/", false, "loadMs"],
  ["result page, load event", RESULT, false, "loadMs"],
  ["commune step, load event", COMMUNE_STEP, false, "loadMs"],
  ["commune step, first tap on the field to its first suggestion", COMMUNE_STEP, true, "readyMs"],
];
console.log(`| first visit, 1.6 Mbit/s, 150 ms RTT, median of ${runs} | ms |`);
console.log("|---|---|");
for (const [name, path, suggest, key] of rows) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push((await visit(browser, path, suggest))[key]);
  console.log(`| ${name} | ${Math.round(median(times))} |`);
}
await browser.close();
