// See .ci/measure. Per public page: the bytes of a first visit (empty cache) by kind, raw and as sent
// with brotli (Accept-Encoding: br, what browsers send over HTTPS), and Lighthouse's mobile scores.
import { execFileSync } from "node:child_process";
import { request } from "node:http";
import { createRequire } from "node:module";
import { brotliCompressSync } from "node:zlib";

const require = createRequire(`${process.env.NODE_PATH}/`);
const { chromium } = require("playwright-core");
const [base, runsArg] = process.argv.slice(2);
const runs = Number(runsArg);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const PAGES = [
  "/",
  "/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi",
  "/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi",
  "/guichet/01269",
  "/guide/240100800",
  "/agenda",
  "/accessibilite",
  "/donnees",
  "/indicateurs",
  "/indicateurs/carte",
  "/indicateurs/carte?vue=fragilite",
  "/confidentialite",
  "/proposer",
  "/carte-des-lieux",
  "/carte-des-lieux?besoin=demarche&epci=200042935",
  // The journey in the other languages: the same budgets (FALC, English, Arabic right to left,
  // Turkish, Ukrainian).
  "/facile/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi",
  "/en/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi",
  "/ar/",
  "/ar/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi",
  "/tr/guichet/01269",
  "/uk/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi",
];

/** Bytes on the wire for `url` with this Accept-Encoding (the body as sent, not decoded). */
function wireBytes(url, encoding) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": encoding } }, (res) => {
      let n = 0;
      res.on("data", (c) => (n += c.length));
      res.on("end", () => resolve(n));
    });
    req.on("error", reject);
    req.end();
  });
}

function kind(url, type) {
  if (type === "Document") return "html";
  if (url.endsWith(".wasm")) return "wasm";
  if (url.endsWith(".css")) return "css";
  if (url.endsWith(".js")) return "js";
  return "other";
}

async function firstVisit(browser, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const seen = new Map();
  cdp.on("Network.responseReceived", (e) => seen.set(e.response.url, e.type));
  await page.goto(base + path, { waitUntil: "networkidle" });
  // Whether the page holds an island (only then may it load the islands' code).
  const islands = (await page.locator("leptos-island").count()) > 0;
  const loaded = new Map(seen);
  // The island's code is fetched on first use (issue 29): what the field costs once touched.
  if (islands) {
    await page.locator("#commune-texte").hover();
    await page.waitForSelector("#commune-texte[role=combobox]", { timeout: 30_000 });
    await page.waitForLoadState("networkidle");
  }
  await context.close();
  return { totals: await sizes(loaded), islands, used: islands ? await sizes(seen) : null };
}

/** The bytes of these responses by kind, raw and with brotli. */
async function sizes(responses) {
  const totals = {};
  for (const [url, type] of responses) {
    // The browser's own resources (the date field's calendar icon) are data: URLs: nothing on the wire.
    if (url.startsWith("data:")) continue;
    if (!url.startsWith(base)) throw new Error(`third-party request: ${url}`);
    const k = kind(url, type);
    totals[k] ??= { raw: 0, br: 0 };
    totals[k].raw += await wireBytes(url, "identity");
    totals[k].br += await wireBytes(url, "br");
  }
  return totals;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function lighthouse(path) {
  const scores = { performance: [], accessibility: [], "best-practices": [], cls: [] };
  // Lighthouse sometimes fails to record a trace (« Something went wrong with recording the trace »):
  // that run is taken again, up to twice, rather than losing the whole report.
  const once = (attempt = 0) => {
    try {
      return lighthouseRun(path);
    } catch (e) {
      if (attempt >= 2) throw e;
      return once(attempt + 1);
    }
  };
  for (let i = 0; i < runs; i++) {
    const lhr = once();
    for (const c of ["performance", "accessibility", "best-practices"]) scores[c].push(Math.round(lhr.categories[c].score * 100));
    scores.cls.push(lhr.audits["cumulative-layout-shift"].numericValue);
  }
  return Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, median(v)]));
}

function lighthouseRun(path) {
  const out = execFileSync(process.env.LIGHTHOUSE, [
    base + path,
    `--chrome-path=${CHROMIUM}`,
    `--chrome-flags=--headless=new ${FLAGS.join(" ")}`,
    "--only-categories=performance,accessibility,best-practices",
    "--output=json",
    "--output-path=stdout",
    "--quiet",
  ], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.toString());
}

const kb = (n) => (n / 1024).toFixed(1);

// The budgets (README, « Performance and quality are measured »), checked on every page measured;
// a page over one is listed at the end and the script exits 1 (MEASURE_REPORT_ONLY=1: report only).
const KB = 1024;
const LANGUAGE = /^\/(facile|en|ar|tr|uk)(?=\/|$)/;
const failures = [];
function checkBudgets(path, islands, total, wasmJs, usedWasmJs, lh, mapSvgBr) {
  const bare = path.replace(LANGUAGE, "").split("?")[0] || "/";
  const over = (what, value, limit) => failures.push(`\`${path}\`: ${what} ${kb(value)} KB > ${kb(limit)} KB`);
  if (bare === "/" && total > 14 * KB) over("first visit of the home page (one round trip)", total, 14 * KB);
  if (islands) {
    // The commune step (issue 29): 60 KB for its first visit; its field's code, fetched on first
    // use, within the islands' 100 KB, and fetched indeed.
    if (total > 60 * KB) over("first visit of a page with islands", total, 60 * KB);
    if (usedWasmJs > 100 * KB) over("wasm + JS once the field is used", usedWasmJs, 100 * KB);
    if (usedWasmJs === 0) failures.push(`\`${path}\`: the field, once used, fetched no island code`);
  } else {
    if (wasmJs > 0) failures.push(`\`${path}\`: ${kb(wasmJs)} KB of island code on a page without islands`);
    // A result page (its cards and map) 30 KB (issue 29); the indicators' map carries its SVG (its own
    // budget, 40 KB) besides the page's 20 KB.
    const limit = bare === "/orientation" ? 30 * KB : 20 * KB + (bare === "/indicateurs/carte" ? mapSvgBr : 0);
    if (total > limit) over("first visit of a page without islands", total, limit);
  }
  if (typeof lh.performance === "number" && lh.performance < 95) failures.push(`\`${path}\`: Lighthouse performance ${lh.performance} < 95`);
  if (typeof lh.accessibility === "number" && lh.accessibility < 100) failures.push(`\`${path}\`: Lighthouse accessibility ${lh.accessibility} < 100`);
}
// The map's own budget (issue 13): its SVG, areas, names and borders, ≤ 40 KB brotli.
const mapPage = await (await fetch(`${base}/indicateurs/carte`)).text();
const start = mapPage.search(/<svg[^>]*class="map"/);
const svg = mapPage.slice(start, mapPage.indexOf("</svg>", start) + 6);
if (!svg.startsWith("<svg")) throw new Error("no map on /indicateurs/carte");
const mapSvgBr = brotliCompressSync(svg).length;
if (mapSvgBr > 40 * KB) failures.push(`the map's SVG: ${kb(mapSvgBr)} KB brotli > 40 KB`);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
console.log(`# First visit and Lighthouse ${runs > 0 ? `(mobile, median of ${runs})` : "(skipped)"} — ${new Date().toISOString().slice(0, 16)}Z\n`);
console.log("| page | HTML raw/br | CSS raw/br | JS raw/br | wasm raw/br | other br | total br | wasm+JS br | perf | a11y | best pr. | CLS |");
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const path of PAGES) {
  const { totals: t, islands, used } = await firstVisit(browser, path);
  const z = { raw: 0, br: 0 };
  const [h, c, j, w, o] = ["html", "css", "js", "wasm", "other"].map((k) => t[k] ?? z);
  const total = h.br + c.br + j.br + w.br + o.br;
  const lh = runs > 0 ? lighthouse(path) : { performance: "–", accessibility: "–", "best-practices": "–", cls: NaN };
  const cell = (x) => `${kb(x.raw)} / ${kb(x.br)}`;
  const u = used && ["js", "wasm"].map((k) => used[k] ?? z);
  checkBudgets(path, islands, total, j.br + w.br, u ? u[0].br + u[1].br : 0, lh, mapSvgBr);
  const name = `\`${path.length > 40 ? path.slice(0, 40) + "…" : path}\``;
  console.log(`| ${name} | ${cell(h)} | ${cell(c)} | ${cell(j)} | ${cell(w)} | ${kb(o.br)} | **${kb(total)}** | ${kb(j.br + w.br)} | ${lh.performance} | ${lh.accessibility} | ${lh["best-practices"]} | ${Number.isNaN(lh.cls) ? "–" : lh.cls.toFixed(3)} |`);
  if (u) {
    const usedTotal = Object.values(used).reduce((sum, x) => sum + x.br, 0);
    console.log(`| ${name}, its field used | | | ${cell(u[0])} | ${cell(u[1])} | | **${kb(usedTotal)}** | ${kb(u[0].br + u[1].br)} | | | | |`);
  }
}
console.log("\nKB = 1024 bytes. Targets: total ≤ 170 KB brotli, wasm + JS ≤ 100 KB, performance ≥ 95, accessibility 100, CLS ≤ 0.02.");
console.log(`\nMap of the Ain (\`/indicateurs/carte\`): SVG ${kb(svg.length)} KB raw, ${kb(mapSvgBr)} KB brotli (target ≤ 40 KB).`);
await browser.close();
console.log(`\n## Budgets\n`);
console.log("Home page ≤ 14 KB brotli; a page without islands ≤ 20 KB (a result page 30 KB) and no island code; a page with islands (the commune step) ≤ 60 KB on its first visit, and wasm + JS ≤ 100 KB once its field is used; Lighthouse mobile performance ≥ 95, accessibility 100.\n");
if (failures.length === 0) {
  console.log(`All ${PAGES.length} pages within their budgets.`);
} else {
  for (const f of failures) console.log(`- over: ${f}`);
  if (process.env.MEASURE_REPORT_ONLY !== "1") process.exitCode = 1;
}
