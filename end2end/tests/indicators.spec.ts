import { expect, test } from "@playwright/test";
import { ADMIN, expectNoAxeViolations, login } from "./helpers";

test.describe.configure({ timeout: 120_000 });

test("a result served is counted on /indicateurs, small counts read « moins de 5 », and the page passes axe", async ({ page }) => {
  await page.goto("/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/");
  await page.getByRole("link", { name: "Indicateurs" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Indicateurs");
  await expect(page.locator(".indicators-summary")).toContainText("orientations");
  const byNeed = page.getByRole("table", { name: /Par besoin/ });
  await expect(byNeed.getByRole("row", { name: /Réaliser une démarche/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Par besoin : nombre d’orientations/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Télécharger « Par besoin » (CSV)" })).toHaveAttribute("href", /^\/indicateurs\/besoin\.csv\?du=/);
  await expectNoAxeViolations(page, "indicateurs");
});

test("a period that does not read is explained next to its field, with no figures", async ({ page }) => {
  await page.goto("/indicateurs?du=hier&besoin=demarche");
  await expect(page.getByRole("alert")).toContainText("JJ/MM/AAAA");
  await expect(page.locator("#du")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(".bar-chart")).toHaveCount(0);
  await expectNoAxeViolations(page, "indicateurs, période refusée");
});

test("the privacy page says what is counted and why there is no banner, from every footer", async ({ page }) => {
  await page.goto("/agenda");
  await page.getByRole("link", { name: "Confidentialité" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confidentialité et mesure d’audience");
  for (const section of ["Ce qui est compté", "Ce qui n’est jamais gardé", "Pourquoi aucun bandeau ne vous demande votre accord"]) {
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  await expectNoAxeViolations(page, "confidentialité");
});

test("coordinators read exact figures, broken down by precision and mode too", async ({ page }) => {
  await login(page, ADMIN);
  await page.getByRole("link", { name: "Indicateurs" }).first().click();
  await expect(page).toHaveURL(/\/admin\/indicateurs$/);
  await expect(page.getByRole("heading", { level: 2, name: "Par besoin précis", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Par mode", exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "indicateurs (coordination)");
});

test("an EPCI's guide ends with what its working group needs, unfolded for print, and passes axe", async ({ page }) => {
  await page.goto("/guide/200042935");
  await expect(page.getByRole("heading", { level: 2, name: "Pour le groupe de travail de l’intercommunalité" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Fiches, séances et signalements/ }).getByRole("row", { name: /CA Haut-Bugey/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: /Fiches à confirmer \(\d+\)/ })).toBeVisible();
  // Every fold is open: a printed page cannot open one (how many there are depends on the EPCI's gaps).
  expect(await page.locator(".guide-working-group details").count()).toBeGreaterThan(0);
  await expect(page.locator(".guide-working-group details:not([open])")).toHaveCount(0);
  await expectNoAxeViolations(page, "guide, partie du groupe de travail");
});
