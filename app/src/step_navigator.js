// The parcours without full reloads, once JavaScript runs: a step's GET form and the links between
// steps fetch the next page, put its <main> in place of this one, update the title and the history,
// move the focus to the new heading and wake the new page's islands; on a full load, it wakes the
// page's own islands (Leptos' island script is not used: it would sit in every page's <head>). Only
// the parcours' own URLs; anything unexpected (network down, another kind of answer) falls back to a
// normal navigation, so nothing depends on this script. Inline with the page's nonce: no extra request, a few hundred bytes.
(() => {
  // In every language (its prefix, `domain::langue`), and inside a partner's frame (`domain::integration`).
  const STEPS = /^(\/integre\/[a-z0-9-]{2,40})?(\/(facile|en|ar|tr|uk))?\/(parcours|orientation|guichet\/[0-9AB]{5})$/;
  let latest = 0;
  // The page on screen, without its fragment: a skip link's « #contenu » changes only the fragment.
  const page = (href) => href.split("#")[0];
  let shown = page(location.href);

  async function go(url, push) {
    const nav = ++latest;
    try {
      const res = await fetch(url, { headers: { Accept: "text/html" } });
      const html = (res.headers.get("content-type") || "").startsWith("text/html") && (await res.text());
      if (nav !== latest) return;
      const doc = html && new DOMParser().parseFromString(html, "text/html");
      const main = doc && doc.querySelector("main");
      if (!main) throw new Error("no page");
      document.querySelector("main").replaceWith(main);
      // The language switcher and, in a partner's frame, « Ouvrir en grand » link to this very page:
      // they follow it.
      for (const part of ["nav.languages", "a.open-full"]) {
        const fresh = doc.querySelector(part);
        if (fresh) document.querySelector(part)?.replaceWith(fresh);
      }
      document.title = doc.title;
      if (push) history.pushState(null, "", res.url);
      shown = page(location.href);
      scrollTo(0, 0);
      // The new question's heading, or the field the page asks to focus (the counter's first need).
      const target = main.querySelector("[autofocus]") || main.querySelector("h1");
      if (target) {
        if (target.tagName === "H1") target.setAttribute("tabindex", "-1");
        target.focus();
      }
      // « Écouter » and « Imprimer » of the new page (`page_actions.js`).
      document.dispatchEvent(new Event("aiguillage:page"));
      // Islands of the new page (the commune field): their code is loaded on first use, once.
      await wakeIslands(main, doc);
    } catch {
      location.assign(url);
    }
  }

  // The islands' code named by a page with islands (its <meta>, `island_scripts.rs`), loaded once as
  // Leptos' island script does. A failure (offline before it was ever kept) leaves the islands as the
  // server wrote them, which work without it, and the next use tries again.
  let loading = null;
  function loadIslands(doc) {
    const [js, wasm] = (doc.querySelector('meta[name="aiguillage-ilots"]')?.content || "").split(" ");
    if (!js || !wasm) return Promise.resolve();
    loading ??= (async () => {
      try {
        // The wasm is asked for with the module, not after it: one round trip less on a slow link.
        const code = fetch(wasm);
        const mod = await import(js);
        await mod.default({ module_or_path: code });
        mod.hydrate();
        window.__hydrateIsland = (el, id) => mod[id]?.(el);
      } catch {
        loading = null;
      }
    })();
    return loading;
  }

  // Wakes the islands under `root` on their first use: the commune field when it is focused, touched
  // or hovered, so that the code arrives while the person starts to type, and a visit that answers
  // otherwise (« Me localiser », a link) never fetches it. Once loaded, later pages' islands wake at once.
  const USES = ["focusin", "pointerover", "pointerdown"];
  function wakeIslands(root, doc) {
    const islands = [...root.querySelectorAll("leptos-island")];
    if (!islands.length) return;
    let busy = false;
    const wake = async () => {
      if (busy) return;
      busy = true;
      if (!window.__hydrateIsland) await loadIslands(doc);
      busy = false;
      if (!window.__hydrateIsland) return;
      for (const island of islands) for (const use of USES) island.removeEventListener(use, wake, true);
      for (const island of islands) if (island.isConnected) window.__hydrateIsland(island, island.dataset.component);
    };
    if (window.__hydrateIsland || islands.some((i) => i.contains(document.activeElement))) return wake();
    for (const island of islands) for (const use of USES) island.addEventListener(use, wake, true);
  }

  const ours = (url) => url.origin === location.origin && STEPS.test(url.pathname) && !url.searchParams.has("imprimer");

  document.addEventListener("submit", (ev) => {
    const form = ev.target;
    if (ev.defaultPrevented || form.method !== "get") return;
    const url = new URL(form.action);
    if (!ours(url)) return;
    url.search = new URLSearchParams(new FormData(form, ev.submitter)).toString();
    ev.preventDefault();
    go(url.href, true);
  });

  document.addEventListener("click", (ev) => {
    const a = ev.target.closest && ev.target.closest("main a[href]");
    if (!a || ev.defaultPrevented || ev.button || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey || a.target || a.hasAttribute("download")) return;
    const url = new URL(a.href);
    if (!ours(url)) return;
    ev.preventDefault();
    go(url.href, true);
  });

  // Back and Forward among the entries pushed above (the first one may be another page of the site).
  addEventListener("popstate", () => {
    if (page(location.href) !== shown) go(location.href, false);
  });

  // This page's own islands, if it has any: only the pages that hold one name their code.
  wakeIslands(document.body, document);
})();
