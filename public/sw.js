// Aiguillage's service worker. Hashed build files (/pkg/…, names change with their content) are
// served from the cache first; pages go to the network first and fall back to the copy kept from the
// last visit, then to the offline page. The back-office and the API are never cached (personal or
// always-fresh data). A new version installs alongside and waits: the page tells the person and
// reloads only when they ask (message "activer").
const PAGES = "aiguillage-pages-v1";
const ASSETS = "aiguillage-assets-v1";
const OFFLINE = "/hors-ligne";
const PRECACHE = ["/", OFFLINE, "/manifest.webmanifest", "/icons/icon-192.png", "/favicon.svg"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(PAGES).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== PAGES && k !== ASSETS).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "activer") self.skipWaiting();
});

function cacheable(url) {
  return !url.pathname.startsWith("/admin") && !url.pathname.startsWith("/api/") && !url.pathname.startsWith("/signaler");
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
    if (response.ok && response.type === "basic") (await caches.open(PAGES)).put(request, response.clone());
    return response;
  } catch (offline) {
    const cached = await caches.match(request, { ignoreVary: true });
    if (cached) return cached;
    if (request.mode === "navigate") return (await caches.match(OFFLINE)) || Response.error();
    throw offline;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !cacheable(url)) return;
  event.respondWith(url.pathname.startsWith("/pkg/") ? assetFirst(request) : networkFirst(request));
});
