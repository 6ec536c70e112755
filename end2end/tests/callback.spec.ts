import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { ADMIN, expectNoAxeViolations, login, ownAddress } from "./helpers";

// « Être rappelé » (issue 27): every state of the person's pages and of the coordinators' pages, with
// JavaScript on and off. Each test is one short path, so that none comes near its timeout.
test.describe.configure({ timeout: 150_000 });

const RESULT = "/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=non&demandeur=moi";

/** A phone number of this test and project: one request per person, need and day. */
function phone(testInfo: TestInfo, n: number): string {
  return `06 12 34 ${String(10 + n).padStart(2, "0")} ${String(testInfo.project.name === "hydrate" ? 11 : 22).padStart(2, "0")}`;
}

async function fillAndSend(page: Page, prenom: string, telephone: string) {
  await page.getByLabel("Votre prénom").fill(prenom);
  await page.getByLabel("Votre numéro de téléphone").fill(telephone);
  await page.getByLabel(/^J’accepte que/).check();
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
}

test("from a result, a person asks to be called back, is told what to correct, and gets a reference", async ({ page }, testInfo) => {
  await ownAddress(page);
  await page.goto(RESULT);
  const offer = page.getByRole("region", { name: "Vous ne pouvez pas vous déplacer ?" });
  await offer.getByRole("link", { name: "Être rappelé" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Être rappelé");
  await expect(page.getByText(/^Votre demande va à /)).toBeVisible();
  await expectNoAxeViolations(page, "être rappelé");

  // A number too short for the server: refused, said next to the field, nothing stored.
  await fillAndSend(page, "Josette", "06 12");
  await expect(page).toHaveTitle(/^Erreur : /);
  await expect(page.getByRole("alert")).toContainText("Donnez un numéro de téléphone à 10 chiffres");
  await expectNoAxeViolations(page, "être rappelé, refusé");

  await fillAndSend(page, "Josette", phone(testInfo, 1));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre demande est envoyée");
  const reference = (await page.locator(".reference").textContent())!.trim();
  expect(reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expectNoAxeViolations(page, "demande envoyée");
});

test("a person erases their request with its reference and the number they gave", async ({ page }, testInfo) => {
  await ownAddress(page);
  await page.goto(RESULT.replace("/orientation", "/rappel"));
  await fillAndSend(page, "Ahmed", phone(testInfo, 2));
  const reference = (await page.locator(".reference").textContent())!.trim();
  await page.getByRole("link", { name: "Effacer ma demande" }).click();
  await expectNoAxeViolations(page, "effacer ma demande");
  await page.getByLabel(/^Référence/).fill(reference);
  await page.getByLabel(/^Le numéro de téléphone/).fill("06 00 00 00 00");
  await page.getByRole("button", { name: "Effacer ma demande" }).click();
  await expect(page.getByRole("alert")).toContainText("Aucune demande ne correspond");
  await expectNoAxeViolations(page, "effacer ma demande, introuvable");
  await page.getByLabel(/^Référence/).fill(reference.toLowerCase());
  await page.getByLabel(/^Le numéro de téléphone/).fill(phone(testInfo, 2));
  await page.getByRole("button", { name: "Effacer ma demande" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre demande est effacée");
  await expectNoAxeViolations(page, "demande effacée");
});

test("coordinators find the request, open it, and take it in charge", async ({ page }, testInfo) => {
  await ownAddress(page);
  await page.goto(RESULT.replace("/orientation", "/rappel"));
  await fillAndSend(page, "Marcel", phone(testInfo, 3));
  const reference = (await page.locator(".reference").textContent())!.trim();

  await login(page, ADMIN);
  await page.getByRole("navigation", { name: "Espace de gestion" }).getByRole("link", { name: "Demandes de rappel" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demandes de rappel");
  await expectNoAxeViolations(page, "demandes de rappel");
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Marcel demande à être rappelé·e");
  await expectNoAxeViolations(page, "une demande");
  await page.getByRole("button", { name: "Je m’en occupe" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Votre réponse est enregistrée." })).toBeVisible();
  await expect(page.getByText("Prise en charge", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "une demande prise en charge");
});
