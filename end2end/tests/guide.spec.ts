import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

// A guide is the longest page of the site (every need of an EPCI): axe on it, twice per width and
// through a scratch page without JavaScript, took 97 % of the default 30 s on a busy machine, then
// 48.7 s of 90 s in a full run: 180 s keeps it near a quarter of its limit.
test.describe.configure({ timeout: 180_000 });

test("the guides list the 17 EPCI and pass axe", async ({ page }) => {
  await page.goto("/guide");
  await expect(page.locator("ul.epci-list li")).toHaveCount(17);
  await expectNoAxeViolations(page, "guide index");
  await page.getByRole("link", { name: "CA du Bassin de Bourg-en-Bresse" }).click();
  await expect(page).toHaveURL(/\/guide\/200071751$/);
});

test("a guide goes need by need, then the working group's part, and passes axe", async ({ page }) => {
  await page.goto("/guide/200071751");
  // The guide a mairie pins up goes need by need; the working group's part follows it.
  await expect(page.locator(".guide").getByRole("heading", { level: 2 })).toHaveText(["M’équiper", "Réaliser une démarche", "Apprendre, progresser", "Accompagner mon enfant"]);
  await expect(page.locator(".guide-working-group > h2").first()).toHaveText("Pour le groupe de travail de l’intercommunalité");
  await expectNoAxeViolations(page, "guide");
});

test("a guide prints on A4 without the site's frame", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "hydrate", "printing is the browser's, same in both modes");
  await page.goto("/guide/240100800");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".site-footer")).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});
