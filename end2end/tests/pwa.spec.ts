import { chromium, expect, test } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expectNoAxeViolations } from "./helpers";

// Service workers and installability are about JavaScript: the hydrated project only.
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "hydrate", "needs JavaScript");
});

// Each test installs the worker, which keeps the offline engine and the directory's snapshot: up to
// 18 s on a busy 2-core machine (issue 26: no test above half of its timeout).
test.describe.configure({ timeout: 90_000 });

test("the manifest is served with its type and Chromium finds the site installable", async ({ page }, testInfo) => {
  const manifest = await page.request.get("/manifest.webmanifest");
  expect(manifest.headers()["content-type"]).toBe("application/manifest+json");
  const body = await manifest.json();
  expect(body.lang).toBe("fr");
  expect(body.display).toBe("standalone");
  expect(body.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
  const sw = await page.request.get("/sw.js");
  expect(sw.headers()["cache-control"]).toBe("no-cache");

  // Test contexts are incognito, where nothing is ever installable: a real profile is used here.
  const profile = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "aiguillage-profile-")), {
    ...testInfo.project.use.launchOptions,
    baseURL: testInfo.project.use.baseURL,
  });
  try {
    const p = await profile.newPage();
    await p.goto("/");
    await p.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await profile.newCDPSession(p);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
  } finally {
    await profile.close();
  }
});

test("after one visit, visited pages open offline with the date of their data, others say they are offline", async ({ page, context }) => {
  const result = "/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi";
  await page.goto("/");
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Once the worker controls the page, what is visited is kept.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.goto(result);
  await expect(page.locator("ol.results article").first()).toBeVisible();
  const today = new Date().toLocaleDateString("fr-FR", { timeZone: "Europe/Paris" });

  // Offline, the worker's own requests to the network are cut too.
  await context.setOffline(true);
  await context.route("**/*", (route) => route.abort("internetdisconnected"));
  await page.goto(result);
  await expect(page.locator("ol.results article").first()).toBeVisible();
  await expect(page.getByText(`Données du ${today}`)).toBeVisible();
  await page.goto("/guide/240100800");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vous êtes hors ligne");
  await expectNoAxeViolations(page, "hors ligne");
});

test("after one visit, a journey never made before is computed offline by the same engine, dated", async ({ page, context }) => {
  await page.goto("/");
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The worker keeps the offline engine and the directory's snapshot as it installs.
  const kept = () => page.evaluate(async () => (await (await caches.open("aiguillage-donnees-v1")).keys()).map((r) => new URL(r.url).pathname).sort());
  await expect.poll(kept).toEqual(["/api/v1/instantane", "/moteur/hors-ligne.wasm"]);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const today = new Date().toLocaleDateString("fr-FR", { timeZone: "Europe/Paris" });

  await context.setOffline(true);
  await context.route("**/*", (route) => route.abort("internetdisconnected"));
  await page.goto("/");
  // The steps come from the engine through the step navigator's fetches: no page load at all.
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  await page.getByRole("link", { name: /Accompagner mon enfant/ }).click();
  await expect(page.locator("h1")).toHaveText("Accompagner mon enfant : précisez");
  await expect(page.getByText(`Hors ligne : cette page vient des informations gardées sur cet appareil le ${today}.`)).toBeVisible();
  await expect(page.getByText("Étape 2 sur 4")).toBeVisible();
  await expectNoAxeViolations(page, "hors ligne : précision");
  // Submitted without an answer: the same message as online, tied to its question.
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(page).toHaveTitle(/^Erreur : /);
  await expect(page.getByRole("group", { name: "Sur quel sujet ?" })).toHaveAccessibleDescription(/Choisissez une réponse/);
  await page.getByLabel("Le temps d’écran").check();
  await page.getByRole("button", { name: "Continuer" }).click();

  await expect(page.locator("h1")).toHaveText("Dans quelle commune habitez-vous ?");
  await expectNoAxeViolations(page, "hors ligne : commune");
  await page.getByLabel("Votre commune").fill("Châtillon-sur-Chalaronne");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Continuer" }).click();

  await expect(page.locator("h1")).toHaveText("Comment pouvez-vous y aller ?");
  await expect(page.getByText("Étape 4 sur 4")).toBeVisible();
  await page.getByLabel("Oui", { exact: true }).check();
  await page.getByRole("button", { name: "Voir les aides" }).click();

  await expect(page).toHaveURL(/\/orientation\?.*commune=01093/);
  await expect(page.locator("h1")).toHaveText("Où trouver de l’aide : accompagner mon enfant");
  await expect(page.getByText(`Données du ${today}`)).toBeVisible();
  const cards = page.locator("ol.results article");
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) {
    expect(await card.locator(".reasons li").count()).toBeGreaterThan(0);
  }
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  await expectNoAxeViolations(page, "hors ligne : résultat");
});

test("offline, the engine answers in the language of the page that asked, in that language's frame", async ({ page, context }) => {
  await page.goto("/uk");
  await page.evaluate(() => navigator.serviceWorker.ready);
  const kept = () => page.evaluate(async () => (await (await caches.open("aiguillage-donnees-v1")).keys()).length);
  await expect.poll(kept).toBe(2);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // A visit in Ukrainian keeps the Ukrainian offline page: the frame of pages computed offline.
  const frames = () => page.evaluate(async () => (await (await caches.open("aiguillage-pages-v1")).keys()).map((r) => new URL(r.url).pathname));
  await expect.poll(frames).toContain("/uk/hors-ligne");
  const today = new Date().toLocaleDateString("fr-FR", { timeZone: "Europe/Paris" }).replace(/\//g, ".");

  await context.setOffline(true);
  await context.route("**/*", (route) => route.abort("internetdisconnected"));
  await page.goto("/uk/parcours?besoin=equiper");
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  await expect(page.locator("h1")).toHaveText("Отримати обладнання: уточніть");
  await expect(page.getByText(`Офлайн: ця сторінка з інформації, збереженої на цьому пристрої ${today}.`)).toBeVisible();
  await expect(page.getByText("Крок 2 з 4")).toBeVisible();
  await page.getByLabel("Купити недорогий комп’ютер або телефон").check();
  await page.getByRole("button", { name: "Далі" }).click();
  await expect(page.locator("h1")).toHaveText("У якій громаді (commune) ви живете?");
  await expectNoAxeViolations(page, "hors ligne, en ukrainien : commune");
});
