import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { ADMIN, MAIL_SERVER, expectNoAxeViolations, expectValidHtml, jsEnabled, linksTo, login, ownAddress } from "./helpers";

// The pages a message's link opens, as their reader opens them (issues 27 and 28): a structure's
// request (`/demande/{jeton}`), and the page where an accepted « C'est ma structure » chooses the
// password of its new account (`/admin/acces/{jeton}`). They run on the second server of
// playwright.config.ts, which sends its mail to mail-sink.mjs; the links are read from there.
// Every state under axe, with JavaScript on and off, and under the Nu Html Checker (hydrated project,
// the server's HTML being the same for both).
test.describe.configure({ timeout: 120_000 });

test.use({ baseURL: MAIL_SERVER });

/** The link among `links` whose page shows `text` (several tests send to the same address). */
async function linkShowing(page: Page, links: () => Promise<string[]>, text: string): Promise<string> {
  let found = "";
  await expect
    .poll(
      async () => {
        for (const link of await links()) {
          if ((await (await page.request.get(link)).text()).includes(text)) found = link;
        }
        return found;
      },
      { timeout: 30_000, message: `a link whose page shows ${text}` },
    )
    .not.toBe("");
  return found;
}

test("a structure opens the request it was sent, takes it in charge and closes it with a rendez-vous", async ({ page }, testInfo: TestInfo) => {
  const prenom = testInfo.project.name === "hydrate" ? "Odette" : "Gaston";
  await ownAddress(page);
  await page.goto("/rappel?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=non&demandeur=moi");
  await page.getByLabel("Votre prénom").fill(prenom);
  await page.getByLabel("Votre numéro de téléphone").fill(testInfo.project.name === "hydrate" ? "06 12 34 56 71" : "06 12 34 56 72");
  await page.getByLabel(/^J’accepte que/).check();
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.locator(".reference")).toBeVisible();

  // Nobody is designated on this server: the request goes to the coordination.
  const link = await linkShowing(page, () => linksTo(page, ADMIN.email, "/demande/"), `${prenom} demande à être rappelé·e`);
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${prenom} demande à être rappelé·e`);
  await expectNoAxeViolations(page, "une demande ouverte par son lien");
  if (jsEnabled(testInfo)) await expectValidHtml(page.request, [link]);
  await page.getByRole("button", { name: "Je m’en occupe" }).click();
  await expect(page.getByText("Prise en charge", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "une demande prise en charge par son lien");
  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Rendez-vous fixé le").fill(inAWeek);
  await page.getByRole("button", { name: "Enregistrer le rendez-vous" }).click();
  // A rendez-vous closes the request: nothing more to answer.
  await expect(page.getByText(/^Rendez-vous fixé le \d\d\/\d\d\/\d{4}$/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Votre réponse" })).toHaveCount(0);
  await expectNoAxeViolations(page, "une demande close par un rendez-vous, par son lien");
});

test("an accepted « C’est ma structure » opens an account whose owner chooses its password through the message's link", async ({ page }, testInfo) => {
  const email = `gestion-${testInfo.project.name}@exemple.fr`;
  const password = "les hirondelles du Bugey reviennent en avril";
  await ownAddress(page);
  // A place of its own for each project: the first or the second of a result's places.
  const result = await (await page.request.get("/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269")).text();
  const places = [...new Set([...result.matchAll(/href="(\/lieu\/[^"]+)"/g)].map((m) => m[1]))];
  await page.goto(places[testInfo.project.name === "hydrate" ? 0 : 1]);
  await page.getByRole("link", { name: /^C’est ma structure/ }).click();
  await page.getByLabel(/^Votre fonction dans la structure/).fill("Animatrice numérique");
  await page.getByLabel(/^Votre nom/).fill("Ana Duval");
  await page.getByLabel(/^Votre adresse électronique/).fill(email);
  await page.getByLabel(/^J’accepte que/).check();
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  const heading = (await page.getByRole("heading", { level: 1 }).textContent())!;
  const nom = heading.match(/« (.+) »/)![1];

  await login(page, ADMIN);
  const decision = await linkShowing(page, () => linksTo(page, ADMIN.email, "/admin/propositions/"), email);
  await page.goto(decision);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(nom);
  await page.getByRole("button", { name: "Accepter la demande" }).click();
  await expect(page.getByText(`Le compte de l’espace de gestion de ${email} a accès à cette fiche`)).toBeVisible();
  await page.context().clearCookies();

  const [access] = await linksTo(page, email, "/admin/acces/");
  await page.goto(access);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choisir votre mot de passe");
  await expectNoAxeViolations(page, "choisir son mot de passe");
  await page.getByLabel("Mot de passe", { exact: true }).fill("ana duval");
  await page.getByLabel("Mot de passe, une seconde fois").fill("autre chose");
  await page.getByRole("button", { name: "Enregistrer mon mot de passe" }).click();
  await expect(page.getByText("Le mot de passe n’a pas été enregistré")).toBeVisible();
  await expectNoAxeViolations(page, "un mot de passe refusé");
  if (jsEnabled(testInfo)) await expectValidHtml(page.request, [access, new URL(page.url()).pathname + new URL(page.url()).search]);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByLabel("Mot de passe, une seconde fois").fill(password);
  await page.getByRole("button", { name: "Enregistrer mon mot de passe" }).click();
  await expect(page.getByText("Votre mot de passe est enregistré.")).toBeVisible();
  await expectNoAxeViolations(page, "connexion après le choix du mot de passe");

  await login(page, { email, password });
  await expect(page.getByRole("link", { name: nom }).first()).toBeVisible();
  expect((await page.request.get(access)).status(), "the link has served").toBe(410);
});
