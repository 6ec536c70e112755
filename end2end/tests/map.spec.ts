import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

// The two map tests draw and scan 391 communes: 210 s keeps them under half their timeout on a busy
// machine (95 s seen with a build running beside them, 62.6 s in a full run, 34 s alone).
test.describe.configure({ timeout: 210_000 });

test("the map of the Ain names every commune, reaches each by keyboard and leads to its row of the table", async ({ page }) => {
  await page.goto("/indicateurs");
  await page.getByRole("link", { name: /La carte de l’Ain/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Carte de l’Ain");
  const map = page.getByRole("group", { name: "Carte de l’Ain, Couverture : tous les besoins" });
  await expect(map.getByRole("link")).toHaveCount(391);
  await expect(map.getByRole("link", { name: /^Bourg-en-Bresse \(CA du Bassin de Bourg-en-Bresse\) : \d besoins? sur 4 avec une aide locale$/ })).toHaveCount(1);
  await expect(page.getByRole("table", { name: /La carte en tableau/ }).getByRole("row")).toHaveCount(392);

  // From the skip link, the next Tab lands on the first commune of the map; Enter follows it.
  await page.getByRole("link", { name: "Passer la carte et aller au tableau" }).focus();
  await page.keyboard.press("Tab");
  const focused = page.locator(".map a:focus");
  await expect(focused).toHaveCount(1);
  const name = await focused.getAttribute("aria-label");
  expect(name).toMatch(/ \(.+\) : /);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#c-01\d{3}$/);
  const row = page.locator("tr:target");
  await expect(row.getByRole("rowheader")).toHaveText(name!.split(" (")[0]);
  await expectNoAxeViolations(page, "carte, couverture");
});

test("the map's layer is chosen with a plain form and a wrong one is explained, with no map", async ({ page }) => {
  await page.goto("/indicateurs/carte");
  await page.getByLabel("Carte (facultatif)").selectOption("fragilite");
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/vue=fragilite/);
  await expect(page.getByRole("heading", { level: 2, name: "Fragilité numérique" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Légende" })).toContainText("Très fragile");
  await expectNoAxeViolations(page, "carte, fragilité");

  await page.goto("/indicateurs/carte?vue=fraicheur");
  await expect(page.getByRole("group", { name: /Fraîcheur des fiches/ }).getByRole("link").first()).toHaveAttribute("aria-label", /vérifiées depuis six mois|Aucune fiche/);

  await page.goto("/indicateurs/carte?vue=couverture&besoin=demarche");
  await expect(page.getByRole("heading", { level: 2, name: "Couverture : Réaliser une démarche" })).toBeVisible();

  await page.goto("/indicateurs/carte?vue=relief");
  await expect(page.getByRole("alert")).toContainText("Cette carte n’existe pas");
  await expect(page.locator("#vue")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("svg.map")).toHaveCount(0);
  await expectNoAxeViolations(page, "carte, choix refusé");
});
