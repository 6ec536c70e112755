import { expect, test } from "@playwright/test";
import { jsEnabled, waitForIslands } from "./helpers";

// Issue 29: a page pays only for the islands it has. Pages without islands (home, agenda, open data,
// guides, indicators, statements, the steps other than the commune's, the result, the counter) load no
// island code; the commune step loads it once its field is used, and coming from the home page its
// island still wakes up without a page load. « Écouter » and « Imprimer la fiche » are a plain script of the page, no island.
test.describe.configure({ timeout: 60_000 });

const ISLAND_CODE = /^\/pkg\/.+\.(js|wasm)$/;

test("a page without islands loads no island code, a step with islands does", async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), "without JavaScript no page loads any script");
  const loaded: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (ISLAND_CODE.test(path)) loaded.push(path);
  });
  const result = "/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi";
  const pages = ["/", "/agenda", "/donnees", "/guide", "/indicateurs", "/accessibilite", "/confidentialite", "/en"];
  for (const path of [...pages, "/parcours?besoin=demarche", result, `/ar${result}`, "/guichet/01269"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(loaded, "no island code on pages without islands").toEqual([]);
  await page.goto("/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi");
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("button", { name: "Me localiser" })).toBeVisible();
  expect(loaded, "the commune step fetches its island's code only once the field is used").toEqual([]);
  await waitForIslands(page, testInfo);
  expect(loaded.some((p) => p.endsWith(".wasm")), "the field, once used, loads it").toBe(true);
});

test("from the home page, the commune field wakes up without a page load", async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), "the islands need JavaScript; without it every step is a page");
  await page.goto("/");
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  await page.getByRole("link", { name: /Accompagner mon enfant/ }).click();
  await expect(page.locator("h1")).toHaveText("Accompagner mon enfant : précisez");
  await page.getByLabel("Le temps d’écran").check();
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(page.locator("h1")).toHaveText("Dans quelle commune habitez-vous ?");
  await waitForIslands(page, testInfo);
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
});

test("on a counter's result, « Imprimer la fiche » prints and « Écouter » reads, with no island code", async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), "without JavaScript the page says how to print with the browser");
  const loaded: string[] = [];
  page.on("request", (r) => {
    if (ISLAND_CODE.test(new URL(r.url()).pathname)) loaded.push(r.url());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { printed: number; spoken: string[] };
    w.printed = 0;
    w.spoken = [];
    window.print = () => void w.printed++;
    const synth = {
      speaking: false,
      onvoiceschanged: null,
      getVoices: () => [{ lang: "fr-FR" }],
      speak: (u: SpeechSynthesisUtterance) => {
        w.spoken.push(u.lang);
        synth.speaking = true;
      },
      cancel: () => void (synth.speaking = false),
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth });
  });
  await page.goto("/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi&guichet=1");
  await expect(page.locator("main h1")).toBeFocused();
  await expect(page.locator(".guichet-actions .print-hint")).toBeHidden();
  await page.getByRole("button", { name: "Imprimer la fiche" }).click();
  await page.getByRole("button", { name: "Écouter" }).click();
  await expect(page.getByRole("button", { name: "Arrêter la lecture" })).toHaveAttribute("aria-pressed", "true");
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual(["fr-FR"]);
  await page.waitForLoadState("networkidle");
  expect(loaded, "no island code").toEqual([]);
});

// Issue 29: pages are compressed once and joined around each response's nonce (server/src/compress_once.rs):
// zstd as several frames, gzip as one member. The browser and another client read the whole page.
test("a result asked again arrives joined, and Chromium and a gzip client read the whole page", async ({ page, request }) => {
  const result = "/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi";
  await page.goto(result);
  const again = await page.goto(result);
  expect(again?.headers()["content-encoding"], "Chromium asks for zstd").toBe("zstd");
  await expect(page.locator("footer")).toBeVisible();
  const asChromiumRead = (await again!.text()).replace(/nonce="[^"]+"/g, "");
  const other = await request.get(result, { headers: { "accept-encoding": "gzip" } });
  expect(other.headers()["content-encoding"]).toBe("gzip");
  const asGzipRead = (await other.text()).replace(/nonce="[^"]+"/g, "");
  expect(asChromiumRead.endsWith("</html>"), "the last frame was read").toBe(true);
  expect(asGzipRead).toBe(asChromiumRead);
});
