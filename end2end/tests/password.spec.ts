import { expect, test } from "@playwright/test";
import { ADMIN, expectNoAxeViolations, login } from "./helpers";

test("« Mon mot de passe » explains what it refuses next to each field, changes nothing, and passes axe", async ({ page }) => {
  await login(page, ADMIN);
  await page.getByRole("link", { name: "Mon mot de passe" }).click();
  await expect(page).toHaveURL(/\/admin\/mot-de-passe$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mon mot de passe" })).toBeVisible();
  await expectNoAxeViolations(page, "mon mot de passe");

  // The right current password (nothing counts against the account), a keyboard row, a different
  // confirmation: refused with both reasons, and the password stays what it was.
  await page.getByLabel("Mot de passe actuel").fill(ADMIN.password);
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("azertyuiop");
  await page.getByLabel("Nouveau mot de passe, une seconde fois").fill("azertyuiop!");
  await page.getByRole("button", { name: "Changer mon mot de passe" }).click();
  await expect(page.getByRole("alert")).toContainText("Le mot de passe n’a pas été changé");
  await expect(page.locator("#nouveau-erreur")).toContainText("trop facile à deviner");
  await expect(page.locator("#confirmation-erreur")).toContainText("ne sont pas identiques");
  await expect(page).toHaveTitle(/^Erreur : Mon mot de passe/);
  await expectNoAxeViolations(page, "mon mot de passe, refusé");
});
