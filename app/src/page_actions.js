// « Écouter », « Imprimer la fiche », « Me localiser » and the step's heading, without WebAssembly
// (issue 29). These were Leptos islands, which made the pages that have them download the islands'
// whole bundle (84 KB brotli) to call the browser's speech synthesis, print(), focus() and its
// position. The server writes the buttons `hidden`, in the page's language; this script shows one only
// when it works here: printing always, « Écouter » when the browser has a voice of the page's language
// (never an Arabic page read by a French voice), « Me localiser » when it can tell a position. Without
// JavaScript the page says how to print with the browser, and nothing else is promised. Inline with
// the page's nonce, like the step navigator, which announces each new page with the event
// `aiguillage:page` (it moves the focus itself).
(() => {
  const synth = window.speechSynthesis;
  const lang = document.documentElement.lang;
  // A voice of `lang`: « fr » takes « fr-FR » and « fr_CA », never « fry ».
  const voice = () =>
    synth?.getVoices?.().find((v) => {
      const tag = v.lang || "";
      return tag.slice(0, lang.length).toLowerCase() === lang.toLowerCase() && /^([-_]|$)/.test(tag.slice(lang.length));
    });

  function wake() {
    // « Me localiser » only where the browser can tell a position (a secure page).
    for (const button of document.querySelectorAll("button[data-locate]")) button.hidden = !(isSecureContext && navigator.geolocation);
    for (const button of document.querySelectorAll("button[data-print]")) {
      button.hidden = false;
      const hint = button.parentElement.querySelector(".print-hint");
      if (hint) hint.hidden = true;
    }
    const canSpeak = Boolean(voice());
    for (const button of document.querySelectorAll("button[data-listen]")) button.hidden = !canSpeak;
  }

  function label(button, speaking) {
    button.setAttribute("aria-pressed", String(speaking));
    button.textContent = speaking ? button.dataset.stop : button.dataset.listen;
  }

  // Reads the main content aloud, or stops a reading under way.
  function listen(button) {
    if (synth.speaking) {
      synth.cancel();
      return label(button, false);
    }
    const text = document.getElementById("contenu")?.textContent;
    const chosen = voice();
    if (!text || !chosen) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = chosen.lang;
    utterance.onend = () => label(button, false);
    synth.speak(utterance);
    label(button, true);
  }

  // « Me localiser » (the commune step, `locate_button.rs`): the position, the nearest commune of the
  // Ain from the commune API, then the next step. A refusal, a failure or a position outside the Ain
  // says so in the button's status, and the text field stays the way to answer.
  async function locate(button) {
    const status = button.parentElement.querySelector("[role=status]");
    const say = (text) => (status.textContent = text);
    const d = button.dataset;
    button.disabled = true;
    say(d.searching);
    try {
      const { coords } = await new Promise((ok, ko) => navigator.geolocation.getCurrentPosition(ok, ko, { timeout: 20000, maximumAge: 600000 }));
      const res = await fetch(`/api/v1/communes?lat=${coords.latitude.toFixed(5)}&lon=${coords.longitude.toFixed(5)}`);
      if (!res.ok) throw new Error(res.status);
      const [hit] = (await res.json()).communes;
      if (!hit) return say(d.outside);
      say(d.foundBefore + hit.nom + d.foundAfter);
      location.assign(`${d.locate}${d.locate.includes("?") ? "&" : "?"}commune=${encodeURIComponent(hit.code_insee)}`);
    } catch {
      say(d.unavailable);
    } finally {
      button.disabled = false;
    }
  }

  document.addEventListener("click", (ev) => {
    const button = ev.target.closest?.("button[data-print], button[data-listen], button[data-locate]");
    if (!button) return;
    if (button.hasAttribute("data-print")) print();
    else if (button.hasAttribute("data-locate")) locate(button);
    else listen(button);
  });
  document.addEventListener("aiguillage:page", wake);
  // Browsers load their voices late.
  if (synth && "onvoiceschanged" in synth) synth.onvoiceschanged = wake;
  wake();
  // After a full load, a screen reader starts with the step's question rather than the site's header;
  // not where a field asks for the focus (the counter's first need), nor when something has it.
  const heading = document.querySelector('main h1[tabindex="-1"]');
  const free = !document.querySelector("[autofocus]") && (!document.activeElement || document.activeElement === document.body);
  if (heading && free) heading.focus();
})();
