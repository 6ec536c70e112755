// See bench/first-visit.sh. A first visit on a slow mobile link (issue 29): Chromium throttled to
// 1.6 Mbit/s down, 750 kbit/s up and 150 ms of round trip (Lighthouse's « slow 4G »), a new profile
// each time (empty cache, no service worker). Reports, as the median of RUNS visits: the home page's
// load event; a result page's load event; on the commune step, the load event and the moment the
// commune field is usable as a combobox (its island awake), the time a person waits to type into it.
import { createRequire } from "node:module";

const require = createRequire(`${process.env.NODE_PATH}/`);
const { chromium } = require("playwright-core");
const [base, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const COMMUNE_STEP = "/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi";
const RESULT = "/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi";

/** Milliseconds from navigation to the load event, and to `ready` (a predicate run in the page). */
async function visit(browser, path, ready) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW);
  await page.goto(base + path, { waitUntil: "load", timeout: 60_000 });
  let readyMs = null;
  if (ready) {
    await page.waitForFunction(ready, null, { timeout: 60_000, polling: 20 });
    readyMs = await page.evaluate(() => performance.now());
  }
  const loadMs = await page.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventStart);
  await context.close();
  return { loadMs, readyMs };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
const rows = [
  ["home page, load event", "/", null, "loadMs"],
  ["result page, load event", RESULT, null, "loadMs"],
  ["commune step, load event", COMMUNE_STEP, null, "loadMs"],
  ["commune step, field usable (combobox)", COMMUNE_STEP, () => document.querySelector("#commune-texte")?.getAttribute("role") === "combobox", "readyMs"],
];
console.log(`| first visit, 1.6 Mbit/s, 150 ms RTT, median of ${runs} | ms |`);
console.log("|---|---|");
for (const [name, path, ready, key] of rows) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push((await visit(browser, path, ready))[key]);
  console.log(`| ${name} | ${Math.round(median(times))} |`);
}
await browser.close();
