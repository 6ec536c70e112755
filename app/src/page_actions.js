// « Écouter », « Imprimer la fiche » and the step's heading, without WebAssembly (issue 29). These were
// three Leptos islands, which made every step and every result page download the islands' whole
// bundle (84 KB brotli) to call the browser's speech synthesis, print() and focus(). The server writes
// both buttons `hidden`, in the page's language; this script shows one only when it works here: printing
// always, « Écouter » when the browser has a voice of the page's language (never an Arabic page read by
// a French voice). Without JavaScript the page says how to print with the browser, and nothing else is
// promised. Inline with the page's nonce, like the step navigator, which announces each new page with
// the event `aiguillage:page` (it moves the focus itself).
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

  document.addEventListener("click", (ev) => {
    const button = ev.target.closest?.("button[data-print], button[data-listen]");
    if (!button) return;
    if (button.hasAttribute("data-print")) print();
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
