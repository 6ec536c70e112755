import { expect, test } from "@playwright/test";
import * as fs from "node:fs";
import * as path from "node:path";
import { ADMIN, EDITOR, expectNoAxeViolations, login, ownAddress } from "./helpers";

// Long journeys with axe on every page, twice per page (320 and 1280 px).
test.describe.configure({ timeout: 180_000 });

/** A month from now, as `<input type=date>` takes it. */
function nextMonth(): string {
  const d = new Date(Date.now() + 30 * 24 * 3600 * 1000);
  return d.toISOString().slice(0, 10);
}

// An editor's séance, from the coordination attaching the account to the séance on the public
// pages: three steps in order, each a test of its own so that none comes near its timeout.
test.describe.serial("an editor adds a parentalité séance", () => {
  const title = (project: string) => `Les écrans et nos enfants (${project})`;

  test("the coordination attaches the LAB01 account to its structure", async ({ page }) => {
    // Both projects do it: idempotent.
    await login(page, ADMIN);
    await page.goto("/admin/comptes");
    await expectNoAxeViolations(page, "comptes");
    const account = page.locator("li.account", { hasText: EDITOR.email });
    await account.getByText("Structures rattachées").click();
    await account.getByLabel("LAB01", { exact: true }).check();
    await account.getByRole("button", { name: "Enregistrer les rattachements" }).click();
    await expect(page.getByText("Modifications enregistrées.")).toBeVisible();
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page.getByText("Vous êtes déconnecté.")).toBeVisible();
  });

  test("the editor's pages up to the séance form pass axe", async ({ page }) => {
    await login(page, EDITOR);
    await expectNoAxeViolations(page, "mes fiches (éditeur)");
    await page.getByRole("link", { name: "LAB01", exact: true }).click();
    await expectNoAxeViolations(page, "fiche structure (éditeur)");
    await page.locator("section", { hasText: "Services proposés" }).locator("ul.entry-list a").first().click();
    await expect(page).toHaveURL(/\/admin\/services\//);
    await expectNoAxeViolations(page, "fiche service");
    await page.getByRole("link", { name: "Ajouter une séance" }).click();
    await expectNoAxeViolations(page, "nouvelle séance");
  });

  test("a refused séance comes back as typed, then is saved", async ({ page }, testInfo) => {
    await login(page, EDITOR);
    await page.getByRole("link", { name: "LAB01", exact: true }).click();
    await page.locator("section", { hasText: "Services proposés" }).locator("ul.entry-list a").first().click();
    await page.getByRole("link", { name: "Ajouter une séance" }).click();

    // Sent without saying for whom, ending before it starts: the server's messages come back next to
    // their fields, the typed values are kept, nothing is saved.
    await page.getByLabel("Titre").fill(title(testInfo.project.name));
    await page.getByLabel("Date").fill(nextMonth());
    await page.getByLabel("Heure de début").fill("14:00");
    await page.getByLabel("Heure de fin").fill("13:00");
    await page.getByLabel("Lieu", { exact: true }).fill("Salle des fêtes, place de la Mairie");
    await page.getByLabel("Commune").fill("Châtillon-sur-Chalaronne");
    await page.getByLabel("Comment s’inscrire").fill("Entrée libre");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page).toHaveTitle(/^Erreur : /);
    await expect(page.getByRole("alert")).toContainText("Choisissez à qui s’adresse la séance.");
    await expect(page.locator("#fin-erreur")).toContainText("La fin doit être après le début.");
    await expect(page.getByLabel("Titre")).toHaveValue(title(testInfo.project.name));
    await expectNoAxeViolations(page, "séance refusée");

    await page.getByLabel("Parents", { exact: true }).check();
    await page.getByLabel("Parentalité et numérique", { exact: true }).check();
    await page.getByLabel("Heure de fin").fill("16:00");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Modifications enregistrées.")).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/seances\/aig-e-/);
  });

  test("the saved séance is on /agenda, in the .ics, and in a parent's result", async ({ page }, testInfo) => {
    await page.goto("/agenda?commune=Ch%C3%A2tillon-sur-Chalaronne&public=parents");
    await expect(page.getByRole("heading", { name: title(testInfo.project.name) })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Dombes");
    await expectNoAxeViolations(page, "agenda filtré");

    const ics = await page.request.get("/agenda.ics?public=parents");
    expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(await ics.text()).toContain(`SUMMARY:${title(testInfo.project.name)}`);

    // The parcours result for a parent in Châtillon-sur-Chalaronne shows it too.
    await page.goto("/orientation?besoin=parentalite&commune=01093");
    await expect(page.getByRole("heading", { name: title(testInfo.project.name) })).toBeVisible();
  });
});

// The structure form is the longest back-office page: each of its states is a test of its own (the
// three in one test used 59 % of 120 s in a full run).
test("the coordination's list of entries passes axe", async ({ page }) => {
  await login(page, ADMIN);
  await expectNoAxeViolations(page, "mes fiches (coordination)");
});

test("the coordination's structure form passes axe", async ({ page }) => {
  await login(page, ADMIN);
  await page.goto("/admin/structures/hinaura-16");
  await expectNoAxeViolations(page, "fiche structure");
});

test("a refused structure form says why next to the field and passes axe", async ({ page }) => {
  await login(page, ADMIN);
  await page.goto("/admin/structures/hinaura-16");
  await page.locator("#telephone").fill("12 345");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page).toHaveTitle(/^Erreur : /);
  await expect(page.locator("#telephone-erreur")).toContainText("Numéro non reconnu");
  await expect(page.locator("#telephone")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "fiche structure refusée");
});

// One test per page: a scan of several pages in one test used 99 % of its limit on a busy machine.
for (const path of ["/admin/historique/structure/hinaura-16", "/admin/signalements", "/admin/structures/nouvelle", "/admin/services/nouveau?structure=hinaura-16", "/admin/double-authentification", "/admin/sites-partenaires"]) {
  test(`the coordination's page ${path} passes axe`, async ({ page }) => {
    await login(page, ADMIN);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, path);
  });
}

test("the second step of a login explains itself, refuses a wrong code next to the field, and passes axe", async ({ page }) => {
  await ownAddress(page);
  // Without a password checked first, the code page still shows its form; a code sent from it
  // starts the login again (tested on the server: server/tests/second_factor.rs).
  await page.goto("/admin/connexion/code?erreur=code");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Code de connexion");
  await expect(page.locator("#code-erreur")).toContainText("Code incorrect ou déjà utilisé");
  await expectNoAxeViolations(page, "code de connexion refusé");
  await page.getByLabel("Code à 6 chiffres, ou code de secours").fill("123456");
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page).toHaveURL(/\/admin\/connexion\?erreur=code-expire$/);
  await expect(page.locator("#mot_de_passe-erreur")).toContainText("Le délai de cinq minutes");
});

test("a wrong password gets a message next to the field, and the login page passes axe", async ({ page }) => {
  await ownAddress(page);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/connexion$/);
  await expectNoAxeViolations(page, "connexion");
  await page.getByLabel("Adresse de courriel").fill(ADMIN.email);
  await page.getByLabel("Mot de passe").fill("pas le bon mot de passe");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.locator("#mot_de_passe-erreur")).toContainText("incorrect");
  await expectNoAxeViolations(page, "connexion refusée");
});

test("anyone can report an error on a card, without giving personal data", async ({ page }) => {
  await ownAddress(page);
  await page.goto("/lieu/hinaura-15-mediation");
  await expectNoAxeViolations(page, "fiche publique");
  await page.getByRole("link", { name: /Signaler une erreur/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Signaler une erreur");
  await expectNoAxeViolations(page, "signaler");
  await page.getByLabel("Les horaires").check();
  await page.getByLabel("Ce qui est faux").fill("Fermé le mardi après-midi désormais.");
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci, votre signalement est envoyé");
  await expectNoAxeViolations(page, "signalement envoyé");
  await page.getByRole("link", { name: "Retour" }).click();
  await expect(page).toHaveURL(/\/lieu\/hinaura-15-mediation$/);
});

test("the agenda passes axe and explains a commune it cannot find", async ({ page }) => {
  await page.goto("/agenda");
  await expectNoAxeViolations(page, "agenda");
  await page.getByLabel("Votre commune").fill("Xyzzy");
  await page.getByRole("button", { name: "Afficher les séances" }).click();
  await expect(page).toHaveTitle(/^Erreur : /);
  await expect(page.locator("#commune-erreur")).toContainText("Aucune commune de l’Ain");
  await expectNoAxeViolations(page, "agenda, commune inconnue");
});

test("a coordinator sends a France Services list and reads its dry run before anything is written", async ({ page }) => {
  await login(page, ADMIN);
  await page.getByRole("link", { name: "Importer des lieux" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importer des lieux" })).toBeVisible();
  await expectNoAxeViolations(page, "imports");

  // The 2024 list with one phone number changed, as a coordinator would receive a newer one.
  const list = fs.readFileSync(path.join(__dirname, "../../app/importer/seed/france-services-ain-20240801.csv"), "utf8");
  const newer = list.replace("04 74 30 19 63", "04 74 30 19 99");
  await page.getByLabel("Fichier (CSV ou JSON, 10 Mo au plus)").setInputFiles({ name: "liste-fs-20250301.csv", mimeType: "text/csv", buffer: Buffer.from(newer) });
  await page.getByRole("button", { name: "Essayer l’import" }).click();
  await expect(page).toHaveURL(/\/admin\/imports\?essai=/);
  const report = page.locator("pre.import-report");
  await expect(report).toContainText("Essai seulement : rien n’est encore écrit.");
  await expect(report).toContainText("téléphone : « +33474301963 » → « +33474301999 »");
  await expect(page.getByRole("button", { name: "Appliquer cet import" })).toBeVisible();
  await expectNoAxeViolations(page, "essai d’import");
});
