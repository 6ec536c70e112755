import { expect, test, type Page } from "@playwright/test";
import { ADMIN, MAIL_SERVER, expectNoAxeViolations, linksTo, login, messagesTo, ownAddress } from "./helpers";

// « Proposer un lieu » (issue 28): a centre social proposes an atelier from a result where nothing
// local fits, corrects what the server refused, follows its proposal, answers the coordination's
// question; a coordinator accepts it, and the result shows it. Every state under axe, with
// JavaScript on and off. Each project uses its own EPCI, where nothing else is proposed, so that
// the two never see each other's place. On the server that sends mail (playwright.config.ts): the
// proposer follows the proposal from the links of the messages they receive, as they would.
test.describe.configure({ timeout: 150_000 });
test.use({ baseURL: MAIL_SERVER });

const WHERE = {
  hydrate: { insee: "01304", commune: "Pont-d'Ain", postal: "01160" },
  "sans-js": { insee: "01427", commune: "Trévoux", postal: "01600" },
} as const;

const result = (insee: string) => `/orientation?besoin=parentalite&parentalite_sujet=ecrans&commune=${insee}&deplacement=oui`;

async function fillPlace(page: Page, nom: string, where: (typeof WHERE)[keyof typeof WHERE], courriel: string) {
  await page.getByLabel("Un atelier ou un cycle d’ateliers").check();
  await page.getByLabel(/^Nom du lieu ou de la structure/).fill(nom);
  await page.getByLabel(/^Adresse/, { exact: false }).first().fill("2 place de la Mairie");
  await page.getByLabel(/^Code postal/).fill(where.postal);
  await page.getByLabel(/^Commune/).fill(where.commune);
  await page.getByLabel(/^Nom de l’activité/).fill(`Parents et écrans à ${where.commune}`);
  await page.getByLabel(/^Quand/).fill("Un jeudi par mois, de 18 h à 20 h");
  await page.getByLabel(/^Votre nom/).fill("Claire Martin");
  await page.getByLabel(/^Votre adresse électronique/).fill(courriel);
}

test("a centre social proposes an atelier where nothing fits, follows it, answers a question, and sees it published", async ({ page }, testInfo) => {
  const where = WHERE[testInfo.project.name as keyof typeof WHERE];
  const nom = `Centre social de ${where.commune}`;
  const courriel = `claire-${testInfo.project.name}@centre-social.fr`;
  await ownAddress(page);
  await page.goto(result(where.insee));
  await expect(page.getByText(`Parents et écrans à ${where.commune}`)).toHaveCount(0);
  await page.getByRole("link", { name: "Proposez-le à la coordination numérique" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Proposer un lieu, un atelier ou une permanence");
  await expect(page.getByLabel(/^Commune/)).toHaveValue(where.commune);
  await expectNoAxeViolations(page, "proposer un lieu");

  // Nothing checked under « Ce qu'elle propose »: the server refuses, says where, keeps the rest.
  await fillPlace(page, nom, where, courriel);
  await page.getByLabel(/^J’accepte que/).check();
  await page.getByRole("button", { name: "Envoyer la proposition" }).click();
  await expect(page).toHaveTitle(/^Erreur : /);
  await expect(page.getByRole("alert")).toContainText("Cochez au moins une aide proposée.");
  await expect(page.getByLabel(/^Nom du lieu ou de la structure/)).toHaveValue(nom);
  await expectNoAxeViolations(page, "proposer un lieu, refusé");

  await page.getByLabel("Parentalité et numérique").check();
  await page.getByRole("button", { name: "Envoyer la proposition" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Proposition : « ${nom} »`);
  await expect(page.getByText("En attente de la coordination")).toBeVisible();
  await expectNoAxeViolations(page, "proposition envoyée");
  const own = new URL(page.url()).pathname;
  const [receipt] = await messagesTo(page, courriel);
  expect(receipt.subject).toBe("Votre proposition est reçue");
  expect(await linksTo(page, courriel, "/proposition/"), "the receipt carries the proposer's own link").toHaveLength(1);

  await login(page, ADMIN);
  await page.getByRole("navigation", { name: "Espace de gestion" }).getByRole("link", { name: /^Propositions à lire/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Propositions");
  await expectNoAxeViolations(page, "propositions");
  await page.getByRole("link", { name: nom }).click();
  await expectNoAxeViolations(page, "une proposition");
  await page.getByLabel(/^Votre question, envoyée au proposant/).fill("L’atelier est-il gratuit ?");
  await page.getByRole("button", { name: "Envoyer la question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "C’est enregistré." })).toBeVisible();
  const admin = page.url().replace(/\?.*$/, "");

  const question = (await messagesTo(page, courriel, 2))[1];
  expect(question.body, "the question reaches the proposer by mail").toContain("« L’atelier est-il gratuit ? »");
  await page.context().clearCookies();
  await page.goto((await linksTo(page, courriel, "/proposition/")).at(-1)!);
  await expect(page.getByText("L’atelier est-il gratuit ?")).toBeVisible();
  await expectNoAxeViolations(page, "proposition, question posée");
  await page.getByLabel(/^Votre réponse/).fill("Oui, gratuit et sans inscription.");
  await page.getByRole("button", { name: "Envoyer ma réponse" }).click();
  await expect(page.getByText("C’est enregistré.")).toBeVisible();

  await login(page, ADMIN);
  await page.goto(admin);
  await expect(page.getByText("Oui, gratuit et sans inscription.")).toBeVisible();
  await page.getByRole("button", { name: "Accepter et publier" }).click();
  await expect(page.getByText("Acceptée", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Compléter la fiche/ })).toBeVisible();
  await expectNoAxeViolations(page, "une proposition acceptée");

  const published = (await messagesTo(page, courriel, 3))[2];
  expect(published.subject).toBe("Votre proposition est publiée");
  await page.goto(result(where.insee));
  await expect(page.getByText(`Parents et écrans à ${where.commune}`).first()).toBeVisible();
  await page.goto(own);
  await expect(page.getByRole("link", { name: "Voir la fiche publiée" })).toBeVisible();
});

test("« C’est ma structure » on a place's page asks to manage it", async ({ page }) => {
  await ownAddress(page);
  // A place's own page (the agenda and the other places link to it).
  const result = await (await page.request.get("/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269")).text();
  const place = result.match(/href="(\/lieu\/[^"]+)"/)?.[1];
  expect(place, "a place's page").toBeTruthy();
  await page.goto(place!);
  await page.getByRole("link", { name: /^C’est ma structure/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("C’est ma structure : gérer sa fiche");
  await expectNoAxeViolations(page, "c’est ma structure");
  await page.getByLabel(/^Votre fonction dans la structure/).fill("Animatrice numérique");
  await page.getByLabel(/^Votre nom/).fill("Ana");
  await page.getByLabel(/^Votre adresse électronique/).fill("ana@exemple.fr");
  await page.getByLabel(/^J’accepte que/).check();
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Demande de gestion : « /);
  await expectNoAxeViolations(page, "demande de gestion envoyée");
});
