import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

const RESULT = "/orientation?besoin=demarche&commune=01269&demarche_organisme=caf&demarche_aide=avec_moi";

test("a result has a one-page fiche d'orientation to hand over", async ({ page }, testInfo) => {
  await page.goto(RESULT);
  await page.getByRole("link", { name: "Fiche d’orientation à imprimer (une page)" }).click();
  await expect(page).toHaveURL(/imprimer=1/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Fiche d’orientation");
  const items = page.locator(".fiche-item");
  expect(await items.count()).toBeGreaterThan(0);
  expect(await items.count()).toBeLessThanOrEqual(3);
  await expect(page.getByText(/Données du \d\d\/\d\d\/\d{4}/)).toBeVisible();
  await expectNoAxeViolations(page, "fiche d'orientation");
  if (testInfo.project.name === "hydrate") {
    await page.emulateMedia({ media: "print" });
    const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages, "one A4 page").toBe(1);
  }
});
