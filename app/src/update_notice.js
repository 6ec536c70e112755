// Installs the service worker (offline copies of visited pages) and, when a new version of the site
// has installed in the background, shows the notice the server wrote hidden in the page, so that the
// person switches when they choose: a running page is never swapped under them. Plain script, inline
// with the page's nonce: every page has it, and a page without islands then loads no wasm at all.
(() => {
  const container = navigator.serviceWorker;
  const notice = document.querySelector(".update-notice p");
  // Browsers without service workers (or private modes that refuse them) simply go without.
  if (!container) return;
  // The first install has nothing to replace: only a version installed under a running one waits.
  const replacesRunning = () => container.controller !== null;
  const show = () => notice && (notice.hidden = false);
  container.register("/sw.js").then((registration) => {
    if (registration.waiting && replacesRunning()) show();
    registration.addEventListener("updatefound", () => {
      const worker = registration.installing;
      worker?.addEventListener("statechange", () => worker.state === "installed" && replacesRunning() && show());
    });
  }, () => {});
  // Tells the waiting version to take over, then reloads once it has.
  notice?.querySelector("button")?.addEventListener("click", () => {
    container.addEventListener("controllerchange", () => location.reload());
    container.getRegistration().then((r) => r?.waiting?.postMessage("activer"));
  });
})();
