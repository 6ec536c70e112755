import { expect, test } from "@playwright/test";
import { ADMIN, expectNoAxeViolations, login } from "./helpers";

// Pages with axe, each twice (320 and 1280 px): two tests, so that neither comes near its limit
// (the four scans in one test used 56 % of 120 s in a full run; split, the first still took 59.3 s
// once without JavaScript, so 180 s).
test.describe.configure({ timeout: 180_000 });

test("coordinators see what needs action, and the reminders without a mail relay", async ({ page }) => {
  await login(page, ADMIN);
  const todo = page.getByRole("region", { name: "À faire" });
  await expect(todo.getByRole("link", { name: /fiches? non confirmées? depuis six mois/ })).toBeVisible();
  await expect(todo.getByRole("link", { name: /communes? prioritaires?/ })).toHaveAttribute("href", "/admin/indicateurs#prioritaires-titre");
  await expectNoAxeViolations(page, "espace de gestion, à faire");

  await todo.getByRole("link", { name: /rappels/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rappels aux structures");
  await expect(page.getByText(/Aucun relais de courriel n’est configuré/)).toBeVisible();
  await expectNoAxeViolations(page, "rappels (sans relais)");
});

test("a reminder's link lets a structure confirm without an account", async ({ page }) => {
  await login(page, ADMIN);
  await page.getByRole("region", { name: "À faire" }).getByRole("link", { name: /rappels/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rappels aux structures");
  // No relay on the test server: each structure with an address has the message ready as mailto:.
  const mailto = await page.getByRole("link", { name: /^Écrire à / }).first().getAttribute("href");
  const body = new URLSearchParams(mailto!.slice(mailto!.indexOf("?") + 1)).get("body")!;
  const link = body.match(/https?:\/\/\S+\/confirmer\/\S+/)![0];

  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Les informations de « .+ » sont-elles justes \?$/);
  await expectNoAxeViolations(page, "confirmer une fiche");
  await page.getByRole("button", { name: "Tout est juste : confirmer aujourd’hui" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci, c’est noté");
  await expect(page.getByRole("status").filter({ hasText: "La fiche de" })).toContainText("elle est à jour pour six mois");
  await expectNoAxeViolations(page, "fiche confirmée");
});

test("an altered reminder link is not found and says nothing about the structure", async ({ page }) => {
  const res = await page.goto("/confirmer/4102444800.hinaura-16.00");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("button", { name: /Tout est juste/ })).toHaveCount(0);
});
