import { expect, test } from "@playwright/test";
import { ADMIN, expectNoAxeViolations, login, ownAddress } from "./helpers";

// Tournées and permanences (issue 27), with JavaScript on and off: someone who cannot travel is told
// first when help comes to their commune, and a coordinator adds, excepts and removes a passage from
// a service's page. Each project works on a passage of its own name, and removes it.
test.describe.configure({ timeout: 150_000 });

const TENAY = "/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01416&deplacement=non&demandeur=moi";
/** The seeded France services of Saint-Rambert-en-Bugey, whose permanence in Tenay's mairie was
 * transcribed from the ANCT list. */
const SAINT_RAMBERT = "/admin/services/annuaire-administration-msap-01384-01-france-services";

/** The next Monday from today, as a date field wants it (AAAA-MM-JJ). */
function nextMonday(): string {
  const d = new Date();
  d.setDate(d.getDate() + ((8 - d.getDay()) % 7 || 7));
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

test("someone in Tenay who cannot travel is told first that the France services comes, and when", async ({ page }) => {
  await ownAddress(page);
  await page.goto(TENAY);
  const first = page.locator("article.card").first();
  await expect(first.getByRole("heading")).toContainText("Saint-Rambert");
  await expect(first.getByRole("listitem").filter({ hasText: "Passe dans votre commune" })).toBeVisible();
  await expect(first.getByText(/^Passe à Tenay le vendredi \d+ \S+ \d{4}, 9h00 à 12h30, Mairie de Tenay$/)).toBeVisible();
  await expectNoAxeViolations(page, "résultat avec un passage");
});

test("a coordinator adds a passage, is told a mistake, cancels one day and removes it", async ({ page }, testInfo) => {
  const lieu = `Salle des fêtes ${testInfo.project.name}`;
  await login(page, ADMIN);
  await page.goto(SAINT_RAMBERT);
  const section = page.getByRole("region", { name: "Passages : tournée, permanences hors les murs" });
  await expect(section.locator("li.passage strong", { hasText: "Tenay, Mairie de Tenay" })).toBeVisible();
  await expectNoAxeViolations(page, "passages d’un service");

  const add = section.getByRole("form", { name: "Ajouter un passage" });
  await add.getByLabel("Commune", { exact: true }).fill("Oncieu");
  await add.getByLabel(/^Lieu/).fill(lieu);
  await add.getByLabel("Chaque semaine, ce jour-là").check();
  await add.getByLabel("Jour de passage", { exact: true }).selectOption("We");
  await add.getByLabel(/^Heure de début/).fill("14:00");
  await add.getByLabel(/^Heure de fin/).fill("10:00");
  await add.getByRole("button", { name: "Ajouter le passage" }).click();
  await expect(page.getByRole("alert")).toContainText("La fin doit être après le début.");
  await expect(page.getByRole("form", { name: "Ajouter un passage" }).getByLabel(/^Lieu/)).toHaveValue(lieu);
  await expectNoAxeViolations(page, "passage refusé");

  await page.getByRole("form", { name: "Ajouter un passage" }).getByLabel(/^Heure de fin/).fill("17:00");
  await page.getByRole("button", { name: "Ajouter le passage" }).click();
  await expect(page.getByRole("status").filter({ hasText: "enregistr" })).toBeVisible();
  // The passage's own item (its exceptions are items inside it).
  const row = () => page.locator("li.passage").filter({ has: page.locator("strong", { hasText: `Oncieu, ${lieu}` }) });
  await expect(row()).toContainText("chaque mercredi, de 14h00 à 17h00");

  const except = page.getByRole("form", { name: "Ajouter une exception" });
  await except.getByLabel("Passage", { exact: true }).selectOption({ label: `Oncieu, ${lieu}` });
  await except.getByLabel(/^Date/).fill(nextMonday());
  await except.getByLabel("Pas de passage", { exact: true }).check();
  await except.getByRole("button", { name: "Ajouter l’exception" }).click();
  await expect(row()).toContainText("Pas de passage le");
  await expectNoAxeViolations(page, "passage avec une exception");

  await page.getByRole("button", { name: `Supprimer ce passage : Oncieu, ${lieu}` }).click();
  await expect(row()).toHaveCount(0);
});
