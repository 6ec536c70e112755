import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, waitForIslands } from "./helpers";

test("the home page offers the four needs and the no-travel shortcut, in French", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveTitle(/Aiguillage/);
  await expect(page.locator("h1")).toHaveCount(1);
  for (const need of ["M’équiper", "Réaliser une démarche", "Apprendre, progresser", "Accompagner mon enfant", "Je ne peux pas me déplacer"]) {
    await expect(page.getByRole("link", { name: new RegExp(need) })).toBeVisible();
  }
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
});

test("the home page has no accessibility violation", async ({ page }) => {
  await page.goto("/");
  await expectNoAxeViolations(page, "home");
});

test("the skip link is the first stop and leads to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#contenu$/);
  await expect(page.locator("main")).toBeFocused();
});

test("choosing a need by keyboard leads to its first question", async ({ page }) => {
  await page.goto("/");
  const link = page.getByRole("link", { name: /Réaliser une démarche/ });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/parcours\?besoin=demarche$/);
  await expect(page.locator("h1")).toHaveText("Réaliser une démarche : précisez");
  await expect(page.getByText("Étape 2 sur 4")).toBeVisible();
});

test("an unknown page is a French 404", async ({ page }) => {
  const response = await page.goto("/nulle-part");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("Page introuvable");
  await expectNoAxeViolations(page, "404");
});

test("the accessibility statement follows the RGAA model and passes axe", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Accessibilité : partiellement conforme/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Déclaration d’accessibilité");
  for (const section of ["État de conformité", "Contenus non accessibles", "Retour d’information et contact", "Voies de recours"]) {
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  await expectNoAxeViolations(page, "accessibilité");
});

test("the Content-Security-Policy lets the islands wake up and blocks nothing of ours", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "hydrate", "about scripts");
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  for (const path of ["/", "/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi", "/orientation?besoin=demarche&commune=01269", "/agenda"]) {
    const res = await page.goto(path);
    expect(res?.headers()["content-security-policy"]).toContain("'wasm-unsafe-eval'");
    await page.waitForLoadState("networkidle");
  }
  await page.goto("/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi");
  await waitForIslands(page, testInfo);
  expect(violations).toEqual([]);
});
