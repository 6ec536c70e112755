// Aiguillage's service worker. Hashed build files (/pkg/…, names change with their content) are
// served from the cache first; pages go to the network first and fall back to the copy kept from the
// last visit, then to the offline page. The back-office and the API are never cached (personal or
// always-fresh data). A new version installs alongside and waits: the page tells the person and
// reloads only when they ask (message "activer").
//
// Offline, a step of the parcours or a result never visited is computed here: the offline engine
// (/moteur/hors-ligne.wasm, the same Rust flow and routing engine as the server) runs over the dated
// snapshot of the directory (/api/v1/instantane), both kept at install and refreshed while online.
const PAGES = "aiguillage-pages-v1";
const ASSETS = "aiguillage-assets-v1";
const DATA = "aiguillage-donnees-v1";
const OFFLINE = "/hors-ligne";
const PRECACHE = ["/", OFFLINE, "/manifest.webmanifest", "/icons/icon-192.png", "/favicon.svg"];
const ENGINE = "/moteur/hors-ligne.wasm";
const SNAPSHOT = "/api/v1/instantane";
/** The snapshot is taken again when the kept one is older than this (and the network answers). */
const SNAPSHOT_MAX_AGE_MS = 60 * 60 * 1000;
/** The language prefixes of public addresses (`domain::langue`): French pages have none. */
const LANGUAGES = ["facile", "en", "ar", "tr", "uk"];

/** « /en/parcours » → ["/en", "/parcours"]; « /parcours » → ["", "/parcours"]. */
function splitLanguage(pathname) {
  const first = pathname.split("/")[1];
  if (!LANGUAGES.includes(first)) return ["", pathname];
  return [`/${first}`, pathname.slice(first.length + 1) || "/"];
}

/** The offline page in the language of a page of that language, kept when such a page is visited:
 * it is the frame (header, footer, `lang`, `dir`) of pages computed offline in that language. */
async function keepOfflineFrame(prefix) {
  if (!prefix) return;
  const cache = await caches.open(PAGES);
  if (await cache.match(prefix + OFFLINE)) return;
  const response = await fetch(prefix + OFFLINE).catch(() => null);
  if (response && response.ok) await cache.put(prefix + OFFLINE, response);
}

/** The kept offline page in the language of `pathname`, else the French one. */
async function offlineFrame(pathname) {
  const [prefix] = splitLanguage(pathname);
  return (prefix && (await caches.match(prefix + OFFLINE, { cacheName: PAGES }))) || caches.match(OFFLINE, { cacheName: PAGES });
}

self.addEventListener("install", (event) => {
  // Without the offline data the site still works online: its failure must not block the install.
  const pages = caches.open(PAGES).then((cache) => cache.addAll(PRECACHE)).then(() => keepIslandCode().catch(() => {}));
  event.waitUntil(Promise.all([pages, keepOfflineData().catch(() => {})]));
});

/** The island's code (/pkg/…) that the offline frame names: no page loads it before its commune
 * field is used, and offline a kept commune step's field must still wake up. */
async function keepIslandCode() {
  const frame = await caches.match(OFFLINE, { cacheName: PAGES });
  if (!frame) return;
  const files = [...new Set((await frame.text()).match(/\/pkg\/[\w.-]+\.(?:js|wasm)/g) || [])];
  await (await caches.open(ASSETS)).addAll(files);
}

let engine = null;

/** Fetches the engine and the snapshot and keeps them together (a pair always of the same server). */
async function keepOfflineData() {
  const [wasm, snapshot] = await Promise.all([fetch(ENGINE, { cache: "no-cache" }), fetch(SNAPSHOT, { cache: "no-cache" })]);
  if (!wasm.ok || !snapshot.ok) throw new Error("offline data unavailable");
  const cache = await caches.open(DATA);
  await Promise.all([cache.put(ENGINE, wasm), cache.put(SNAPSHOT, snapshot)]);
  engine = null;
}

async function refreshOfflineData() {
  const kept = await caches.match(SNAPSHOT, { cacheName: DATA });
  const date = kept && Date.parse(kept.headers.get("date"));
  if (!date || Date.now() - date > SNAPSHOT_MAX_AGE_MS) await keepOfflineData().catch(() => {});
}

/** The offline engine, instantiated once per worker life from the kept pair; null without it. */
function offlineEngine() {
  engine ??= (async () => {
    const cache = await caches.open(DATA);
    const [wasm, snapshot] = await Promise.all([cache.match(ENGINE), cache.match(SNAPSHOT)]);
    if (!wasm || !snapshot) return null;
    const { instance } = await WebAssembly.instantiate(await wasm.arrayBuffer(), {});
    const ex = instance.exports;
    const call = (fn, text) => {
      const bytes = new TextEncoder().encode(text);
      const ptr = ex.alloc(bytes.length);
      new Uint8Array(ex.memory.buffer, ptr, bytes.length).set(bytes);
      return ex[fn](ptr, bytes.length);
    };
    const output = () => new TextDecoder().decode(new Uint8Array(ex.memory.buffer, ex.output_ptr(), ex.output_len()));
    if (!call("load", await snapshot.text())) throw new Error(output());
    return (text) => (call("answer", text) ? output() : null);
  })().catch(() => null);
  return engine;
}

/** Now on the wall clocks of the Ain: « 2026-11-28\n5\n605 » (date, weekday from Monday = 0, minutes). */
function parisNow() {
  const parts = {};
  const format = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  for (const { type, value } of format.formatToParts(new Date())) parts[type] = value;
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(parts.weekday);
  return `${parts.year}-${parts.month}-${parts.day}\n${weekday}\n${Number(parts.hour) * 60 + Number(parts.minute)}`;
}

const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A parcours step, a result or a counter computed offline, in the frame of the kept offline page of
 * its language; the engine answers in the language of the address it is given. */
async function computedOffline(url) {
  const [, path] = splitLanguage(url.pathname);
  if (!["/parcours", "/orientation"].includes(path) && !path.startsWith("/guichet/")) return null;
  const answer = await offlineEngine();
  const out = answer && answer(`${parisNow()}\n${url.pathname}${url.search}`);
  if (!out) return null;
  const first = out.indexOf("\n");
  const status = Number(out.slice(0, first));
  if (status === 303) return Response.redirect(new URL(out.slice(first + 1), url).href, 303);
  const second = out.indexOf("\n", first + 1);
  const frame = await offlineFrame(url.pathname);
  if (!frame) return null;
  const html = (await frame.text())
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(out.slice(first + 1, second))}</title>`)
    .replace(/(<main[^>]*>)[\s\S]*<\/main>/, (_, open) => `${open}${out.slice(second + 1)}</main>`);
  const headers = new Headers(frame.headers);
  headers.delete("content-length");
  headers.delete("content-encoding");
  return new Response(html, { status, headers });
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => ![PAGES, ASSETS, DATA].includes(k)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "activer") self.skipWaiting();
});

// Never kept: the back-office, the API, forms, and personal links (« /confirmer/{jeton} »,
// « /demande/{jeton} » and « /proposition/{jeton} », signed links, must not outlive their visit in
// Cache Storage, in any language or partner's frame; « /rappel/envoye » carries a person's reference).
// The server also marks personal links `no-store` (`headers.rs`), which `storable` refuses.
const NEVER_KEPT = ["/admin", "/api/", "/signaler", "/confirmer", "/rappel", "/demande", "/proposition"];
function cacheable(url) {
  const [, path] = splitLanguage(url.pathname);
  return !NEVER_KEPT.some((prefix) => path.startsWith(prefix) || url.pathname.includes(prefix + "/"));
}

/** A response the server said not to store (`Cache-Control: no-store`) is not kept either. */
function storable(response) {
  return response.ok && response.type === "basic" && !/no-store/i.test(response.headers.get("cache-control") || "");
}

async function assetFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(ASSETS)).put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (storable(response)) (await caches.open(PAGES)).put(request, response.clone());
    return response;
  } catch (offline) {
    const cached = await caches.match(request, { ignoreVary: true, cacheName: PAGES });
    if (cached) return cached;
    // A page: a navigation, or the step navigator fetching the next step (it asks for HTML).
    const page = request.mode === "navigate" || (request.headers.get("accept") || "").startsWith("text/html");
    if (!page) throw offline;
    const url = new URL(request.url);
    return (await computedOffline(url)) || (await offlineFrame(url.pathname)) || Response.error();
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !cacheable(url)) return;
  event.respondWith(url.pathname.startsWith("/pkg/") ? assetFirst(request) : networkFirst(request));
  // While online, the offline data follows the directory, and each language visited keeps its frame.
  if (request.mode === "navigate") event.waitUntil(Promise.all([refreshOfflineData(), keepOfflineFrame(splitLanguage(url.pathname)[0])]));
});
