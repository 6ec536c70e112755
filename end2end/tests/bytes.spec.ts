import { expect, test } from "@playwright/test";
import { jsEnabled, waitForIslands } from "./helpers";

// Issue 29: a page pays only for the islands it has. Pages without islands (home, agenda, open data,
// guides, indicators, statements) load no island code; the steps of the parcours do, and coming from
// the home page their islands still wake up without a page load.
test.describe.configure({ timeout: 60_000 });

const ISLAND_CODE = /^\/pkg\/.+\.(js|wasm)$/;

test("a page without islands loads no island code, a step with islands does", async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), "without JavaScript no page loads any script");
  const loaded: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (ISLAND_CODE.test(path)) loaded.push(path);
  });
  for (const path of ["/", "/agenda", "/donnees", "/guide", "/indicateurs", "/accessibilite", "/confidentialite", "/en"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(loaded, "no island code on pages without islands").toEqual([]);
  await page.goto("/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi");
  await waitForIslands(page, testInfo);
  expect(loaded.some((p) => p.endsWith(".wasm")), "the commune step loads it").toBe(true);
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
