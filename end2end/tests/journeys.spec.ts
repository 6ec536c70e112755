import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, jsEnabled, waitForIslands } from "./helpers";

/** Ticks the radio or checkbox labelled `label` and moves on, by keyboard only. */
async function choose(page: Page, label: string | RegExp) {
  await page.getByLabel(label, { exact: typeof label === "string" }).focus();
  await page.keyboard.press("Space");
}

async function submit(page: Page, name: string) {
  await page.getByRole("button", { name }).focus();
  await page.keyboard.press("Enter");
}

// Whole journeys with axe at two widths on every screen, over the directory of every real source.
// Whole journeys with axe at each screen: up to 50 s without JavaScript on a busy 2-core machine
// (issue 26: no test above half of its timeout).
test.describe.configure({ timeout: 180_000 });

test("a CAF démarche in Nantua, for someone who needs a person to do it with them, in four screens", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  let screens = 0;
  await page.goto("/");
  await expectNoAxeViolations(page, "home");

  await page.getByRole("link", { name: /Réaliser une démarche/ }).focus();
  await page.keyboard.press("Enter");
  screens++;
  await expect(page.locator("h1")).toHaveText("Réaliser une démarche : précisez");
  await expectNoAxeViolations(page, "précision");
  await choose(page, /^CAF/);
  await choose(page, "Qu’une personne le fasse avec moi");
  await submit(page, "Continuer");

  screens++;
  await expect(page.locator("h1")).toHaveText("Dans quelle commune habitez-vous ?");
  await waitForIslands(page, testInfo);
  await expectNoAxeViolations(page, "commune");
  await page.getByLabel("Votre commune").focus();
  await page.keyboard.type("Nantua");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Enter");

  screens++;
  await expect(page.locator("h1")).toHaveText("Comment pouvez-vous y aller ?");
  await expect(page.getByText("Étape 4 sur 4")).toBeVisible();
  await expectNoAxeViolations(page, "comment");
  await choose(page, "Oui, mais difficilement");
  await choose(page, "Pour une personne que j’aide");
  await submit(page, "Voir les aides");

  screens++;
  await expect(page).toHaveURL(/\/orientation\?.*commune=01269/);
  await expect(page.locator("h1")).toHaveText("Où trouver de l’aide : réaliser une démarche");
  const cards = page.locator("ol.results article");
  expect(await cards.count()).toBeGreaterThan(0);
  // Every card says why it fits.
  for (const card of await cards.all()) {
    expect(await card.locator(".reasons li").count()).toBeGreaterThan(0);
  }
  await expect(cards.first().getByRole("link", { name: /^0\d( \d\d){4}$/ })).toHaveAttribute("href", /^tel:\+33/);
  await expectNoAxeViolations(page, "result");
  expect(screens).toBeLessThanOrEqual(4);
});

test("the comment screen points out the missing answers, and nothing is lost", async ({ page }) => {
  await page.goto("/parcours?besoin=demarche&demarche_organisme=impots&demarche_aide=apprendre&commune=01053");
  await submit(page, "Voir les aides");
  await expect(page.locator("h1")).toHaveText("Comment pouvez-vous y aller ?");
  await expect(page.getByText("Choisissez une réponse.")).toHaveCount(2);
  await expect(page).toHaveTitle(/^Erreur/);
  await expectNoAxeViolations(page, "comment with errors");
  await choose(page, "Oui");
  await choose(page, "Pour moi");
  await submit(page, "Voir les aides");
  await expect(page).toHaveURL(/demarche_organisme=impots/);
  await expect(page.locator("h1")).toHaveText("Où trouver de l’aide : réaliser une démarche");
});

test("« Je ne peux pas me déplacer » asks the need first and keeps the answer", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Je ne peux pas me déplacer/ }).click();
  await expect(page.locator("h1")).toHaveText("De quoi avez-vous besoin ?");
  await expect(page.getByText("Étape 1 sur 4")).toBeVisible();
  await expectNoAxeViolations(page, "need step");
  await choose(page, /^Réaliser une démarche/);
  await submit(page, "Continuer");
  await expect(page).toHaveURL(/deplacement=non/);
  await expect(page.locator("h1")).toHaveText("Réaliser une démarche : précisez");
});

test("a shared result link works on its own", async ({ page }) => {
  const response = await page.goto("/orientation?besoin=demarche&commune=01053");
  expect(response?.status()).toBe(200);
  await expect(page.locator("ol.results article").first()).toBeVisible();
  await expect(page.locator("ol.results article").first().locator(".reasons li").first()).toHaveText("Dans votre commune");
});

test("a secrétaire de mairie in counter mode at Nantua orients someone for a CAF démarche, by keyboard", async ({ page }) => {
  let screens = 1;
  await page.goto("/guichet/01269");
  await expect(page.getByText("Guichet d’orientation · Nantua")).toBeVisible();
  await expectNoAxeViolations(page, "counter");
  await choose(page, /^Réaliser une démarche/);
  await submit(page, "Continuer");

  screens++;
  await expect(page.locator("h1")).toHaveText("Réaliser une démarche : précisez");
  await expectNoAxeViolations(page, "counter précision");
  await choose(page, /^CAF/);
  await choose(page, "Qu’une personne le fasse avec moi");
  await submit(page, "Continuer");

  // The commune is the mairie's: no commune question.
  screens++;
  await expect(page.locator("h1")).toHaveText("Comment pouvez-vous y aller ?");
  await expect(page.getByRole("link", { name: "Changer de commune" })).toHaveCount(0);
  await expectNoAxeViolations(page, "counter comment");
  await choose(page, "Oui");
  await choose(page, "Pour une personne que j’aide");
  await submit(page, "Voir les aides");

  screens++;
  expect(screens).toBeLessThanOrEqual(4);
  await expect(page.locator("ol.results article").first()).toBeVisible();
  await expectNoAxeViolations(page, "counter result");
  const next = page.getByRole("link", { name: "Nouvelle personne" }).first();
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/guichet\/01269$/);
});

/** Types a commune and submits it, with or without the autocomplete. */
async function commune(page: Page, name: string) {
  await expect(page.locator("h1")).toHaveText("Dans quelle commune habitez-vous ?");
  await waitForIslands(page, test.info());
  await page.getByLabel("Votre commune").focus();
  await page.keyboard.type(name);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Enter");
}

async function expectExplainedResult(page: Page, what: string) {
  const cards = page.locator("ol.results article");
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) {
    expect(await card.locator(".reasons li").count(), "every card says why it fits").toBeGreaterThan(0);
  }
  await expectNoAxeViolations(page, what);
}

test("a young person in Saint-Genis-Pouilly, on a phone, wants to learn to make a CV in the evening", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await page.getByRole("link", { name: /Apprendre, progresser/ }).focus();
  await page.keyboard.press("Enter");
  await expectNoAxeViolations(page, "précision (360 px)");
  await choose(page, "Trouver un emploi, faire son CV");
  await submit(page, "Continuer");
  await commune(page, "Saint-Genis-Pouilly");
  await choose(page, "Oui");
  await choose(page, "Le soir, après 18 h");
  await choose(page, "Pour moi, j’ai entre 15 et 25 ans");
  await submit(page, "Voir les aides");
  await expect(page).toHaveURL(/commune=01354/);
  // The mission locale of the Pays de Gex, imported from the local directory, answers in the EPCI.
  const first = page.locator("ol.results article").first();
  await expect(first.getByRole("heading", { level: 2 })).toContainText("Mission locale");
  await expect(first.locator(".reasons")).toContainText("Dans votre intercommunalité");
  await expect(first.locator(".reasons")).toContainText("Accueille les jeunes");
  await expect(page.getByText("Nous n’avons pas trouvé d’aide")).toHaveCount(0);
  await expectExplainedResult(page, "young person's result");
});

test("when nothing fits, one notice says so and names the France Services of the person's EPCI", async ({ page }) => {
  // No source describes a game, video or code workshop in the Ain, and there is no national line for it.
  await page.goto("/orientation?besoin=competences&competences_sujet=loisirs&commune=01354&deplacement=oui");
  const notice = page.locator(".notice");
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText("Nous n’avons trouvé aucune aide qui réponde à toutes vos réponses.");
  await expect(notice).toContainText("La France Services de votre intercommunalité vous oriente pour tous les sujets :");
  await expect(notice.getByRole("link", { name: /France services/ })).toHaveAttribute("href", /^\/lieu\//);
  await expect(notice.getByRole("link", { name: /^0\d( \d\d){4}$/ })).toHaveAttribute("href", /^tel:\+33/);
  await expect(page.getByText("appelez votre mairie")).toHaveCount(0);
  await expectNoAxeViolations(page, "nothing fits");
});

test("a parent in Châtillon-sur-Chalaronne wants help with children's screens", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Accompagner mon enfant/ }).focus();
  await page.keyboard.press("Enter");
  await choose(page, "Le temps d’écran");
  await submit(page, "Continuer");
  await commune(page, "Châtillon-sur-Chalaronne");
  await expectNoAxeViolations(page, "parent's comment step");
  await choose(page, "Oui");
  await submit(page, "Voir les aides");
  await expect(page).toHaveURL(/besoin=parentalite.*commune=01093/);
  await expectExplainedResult(page, "parent's result");
  await expect(page.locator("ol.results").getByText("Accueille les familles").first()).toBeVisible();
});

test("a person in Champagne-en-Valromey who cannot travel gets help that comes to them", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Je ne peux pas me déplacer/ }).focus();
  await page.keyboard.press("Enter");
  await choose(page, /^Réaliser une démarche/);
  await submit(page, "Continuer");
  await choose(page, "Impôts");
  await choose(page, "Qu’une personne le fasse avec moi");
  await submit(page, "Continuer");
  await commune(page, "Champagne-en-Valromey");
  await expect(page.getByLabel("Non", { exact: true })).toBeChecked();
  await choose(page, "Pour une personne que j’aide");
  await submit(page, "Voir les aides");
  await expect(page).toHaveURL(/deplacement=non.*commune=01079|commune=01079.*deplacement=non/);
  await expectExplainedResult(page, "no-travel result");
  const reasons = page.locator("ol.results article .reasons");
  for (const r of await reasons.all()) {
    await expect(r).toContainText(/À distance|Se déplace/);
  }
});

test("after each step the focus is on the new question's heading", async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), "moving the focus needs the script; without it the browser starts at the top");
  await page.goto("/parcours?besoin=demarche");
  await expect(page.locator("main h1")).toBeFocused();
  await page.goto("/guichet/01269");
  await expect(page.getByLabel(/^M’équiper/)).toBeFocused();
});

test("hydrated, the steps follow one another in the same page, the focus on each new question, Back included", async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), "without JavaScript each step is a page load, by design");
  await page.goto("/parcours?besoin=demarche");
  // A mark on this very document: a full reload would lose it.
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  const samePage = () => page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage === true);

  await choose(page, /^CAF/);
  await choose(page, "Qu’une personne le fasse avec moi");
  await submit(page, "Continuer");
  await expect(page.locator("h1")).toHaveText("Dans quelle commune habitez-vous ?");
  await expect(page.locator("h1")).toBeFocused();
  await expect(page).toHaveTitle("Dans quelle commune habitez-vous ? – Étape 3 sur 4 – Aiguillage");
  await expect(page).toHaveURL(/\/parcours\?besoin=demarche&.*demarche_organisme=caf&demarche_aide=avec_moi/);
  // The new page's commune island wakes on first use: the field is a combobox.
  await waitForIslands(page, testInfo);
  await page.getByLabel("Votre commune").focus();
  await page.keyboard.type("Nantua");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Enter");

  await expect(page.locator("h1")).toHaveText("Comment pouvez-vous y aller ?");
  await expect(page.locator("h1")).toBeFocused();
  await expectNoAxeViolations(page, "comment, reached in the same page");
  // Submitted incomplete: the errors come back in place, tied to their questions.
  await submit(page, "Voir les aides");
  await expect(page).toHaveTitle(/^Erreur : /);
  await expect(page.getByText("Choisissez une réponse.")).toHaveCount(2);
  await choose(page, "Oui");
  await choose(page, "Pour moi");
  await submit(page, "Voir les aides");

  await expect(page).toHaveURL(/\/orientation\?.*commune=01269/);
  await expect(page.locator("h1")).toHaveText("Où trouver de l’aide : réaliser une démarche");
  await expect(page.locator("h1")).toBeFocused();
  await expect(page.locator("ol.results article").first()).toBeVisible();
  await expectNoAxeViolations(page, "result, reached in the same page");
  expect(await samePage()).toBe(true);

  // Back: the previous step, still without a reload.
  await page.goBack();
  await expect(page.locator("h1")).toHaveText("Comment pouvez-vous y aller ?");
  expect(await samePage()).toBe(true);
});
