import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";
import { appendFileSync } from "node:fs";

// The answer on the first screen: on a 360 × 640 phone, the first answer's heading starts above the
// fold, for every path of the flow, hydrated and without JavaScript. Each journey's figures (the first
// answer's top, the page's height) go to FIRST_SCREEN_LOG when set, for the closing note's table.

const NANTUA = "01269";
const COMMUNES = ["01269", "01173", "01283", "01407", "01354", "01034", "01194"];

/** The journeys a tester tried by hand, then every first-precision answer of every need. */
const JOURNEYS: [string, string][] = [
  ["Nantua, démarche CAF, avec moi", `/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=${NANTUA}&deplacement=oui`],
  ["Guichet de Nantua, démarche CAF", `/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=${NANTUA}&deplacement=oui&guichet=1`],
  ["Gex, accès à internet", "/orientation?besoin=equiper&equiper_quoi=acces&commune=01173&deplacement=oui"],
  ["Oyonnax, les bases", "/orientation?besoin=competences&competences_sujet=bases&commune=01283&deplacement=oui"],
  ["Seyssel, écrans des enfants", "/orientation?besoin=parentalite&parentalite_sujet=ecrans&commune=01407&deplacement=oui"],
  [
    "Saint-Genis-Pouilly, CV le soir, jeune",
    "/orientation?besoin=competences&competences_sujet=emploi&commune=01354&deplacement=oui&disponibilite=soir&demandeur=jeune",
  ],
  ["Belley, impôts, apprendre, sans se déplacer", "/orientation?besoin=demarche&demarche_organisme=impots&demarche_aide=apprendre&commune=01034&deplacement=non"],
  ["Jassans-Riottier, acheter du matériel", "/orientation?besoin=equiper&equiper_quoi=les_deux&commune=01194&deplacement=oui"],
];

const PRECISIONS: [string, string, string[]][] = [
  ["equiper", "equiper_quoi", ["acces", "acheter", "les_deux"]],
  ["demarche", "demarche_organisme", ["caf", "impots", "papiers", "emploi", "sante", "retraite", "logement", "autre"]],
  ["competences", "competences_sujet", ["bases", "securite", "comprendre", "loisirs", "emploi"]],
  ["parentalite", "parentalite_sujet", ["ecrans", "reseaux", "ecole", "autre"]],
];
PRECISIONS.forEach(([need, question, answers], i) =>
  answers.forEach((answer, j) => {
    const commune = COMMUNES[(i + j) % COMMUNES.length];
    const extra = need === "demarche" ? "&demarche_aide=avec_moi" : "";
    JOURNEYS.push([`${need} ${answer} (${commune})`, `/orientation?besoin=${need}&${question}=${answer}${extra}&commune=${commune}&deplacement=difficile`]);
  }),
);

test.use({ viewport: { width: 360, height: 640 } });

// One page and one axe scan at two widths per test: up to 18 s without JavaScript on a busy 2-core
// machine (issue 26: no test above half of its timeout).
test.describe.configure({ timeout: 90_000 });

for (const [name, url] of JOURNEYS) {
  test(`at 360 × 640 the first answer starts on the first screen: ${name}`, async ({ page }, testInfo) => {
    await page.goto(url);
    const first = page.locator("main article").first();
    // A path where nothing at all fits has no answer to place: its notice must then be on screen.
    if ((await first.count()) === 0) {
      const notice = page.locator("main .notice");
      await expect(notice).toBeVisible();
      const top = await notice.evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
      expect(top, `the notice of « ${name} »`).toBeLessThan(640);
      return;
    }
    const heading = first.getByRole("heading").first();
    await expect(heading).toBeVisible();
    const top = await heading.evaluate((e) => Math.round(e.getBoundingClientRect().top + window.scrollY));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // Its name, why it was chosen and how to reach it (call, route, book): all on the first screen.
    const bottom = async (selector: string) =>
      (await first.locator(selector).count()) === 0
        ? 0
        : first.locator(selector).evaluate((e) => Math.round(e.getBoundingClientRect().bottom + window.scrollY));
    const reasons = await bottom(".reasons");
    const actions = await bottom(".card-actions");
    if (process.env.FIRST_SCREEN_LOG) {
      appendFileSync(process.env.FIRST_SCREEN_LOG, `${testInfo.project.name}\t${name}\t${top}\t${height}\t${Math.max(reasons, actions)}\n`);
    }
    expect(top, `the first answer of « ${name} » (page ${height} px high)`).toBeLessThan(640);
    expect(reasons, `why the first answer of « ${name} » fits`).toBeLessThanOrEqual(640);
    expect(actions, `how to reach the first answer of « ${name} »`).toBeLessThanOrEqual(640);
  });
}

test("« Autres lieux » opens by keyboard, without JavaScript too, grouped by tier, each place with its actions", async ({ page }) => {
  await page.goto(JOURNEYS[0][1]);
  const others = page.locator("details.others");
  const summary = others.locator("summary");
  await expect(summary).toHaveText(/^Autres lieux \(\d+\)$/);
  const count = Number((await summary.textContent())!.match(/\d+/)![0]);
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(others).toHaveAttribute("open", "");
  await expect(others.getByRole("heading", { level: 2, name: /^Dans votre intercommunalité \(\d+\)$/ })).toBeVisible();
  await expect(others.locator("article")).toHaveCount(count);
  await expect(others.locator("article").first().getByRole("link", { name: "Itinéraire" })).toBeVisible();
  await expect(others.locator("article").first().getByRole("link", { name: "Tout savoir sur ce lieu" })).toHaveAttribute("href", /^\/lieu\//);
  await expectNoAxeViolations(page, "result, other places open (360 px)");
});
