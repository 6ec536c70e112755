import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectValidHtml } from "./helpers";

// RGAA 8.2: every public page's source, as the server sends it, passes the W3C Nu Html Checker
// (npm's vnu-jar, on the machine's Java). The HTML is the same with JavaScript on or off, so the
// hydrated project alone checks it; one test per language.
const LANGUAGES = ["", "/en", "/ar", "/tr", "/uk", "/facile"];
const CAF = "besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi";
// A partner's framed pages: the language prefix comes after the integration's.
const FRAMED = "/integre/partenaire";
const address = (prefix: string, url: string) =>
  url.startsWith(FRAMED) ? `${FRAMED}${prefix}${url.slice(FRAMED.length)}` : `${prefix}${url}`;

/** The public pages and states: home, each step, results, the fiche, the counter, a place, the
 * report form, a result with a permanence's passage, the agenda, the guides, the indicators, the map, open data, the statements, « être
 * rappelé » in its states, « Proposer un lieu » and « C'est ma structure », and the error pages (400
 * and 404). */
async function publicPages(request: APIRequestContext): Promise<string[]> {
  const result = await (await request.get(`/orientation?${CAF}&commune=01269`)).text();
  const place = result.match(/href="(\/lieu\/[^"]+)"/)?.[1];
  const report = result.match(/href="(\/signaler\?[^"]+)"/)?.[1]?.replaceAll("&amp;", "&");
  const guides = await (await request.get("/guide")).text();
  const guide = guides.match(/href="(\/guide\/\d+)"/)?.[1];
  expect(place && report && guide, "a place, a report form and a guide to check").toBeTruthy();
  return [
    "/",
    "/parcours",
    "/parcours?besoin=demarche",
    `/parcours?${CAF}`,
    `/parcours?${CAF}&q=Saint`,
    `/parcours?${CAF}&commune=01269`,
    "/parcours?besoin=parentalite",
    `/orientation?${CAF}&commune=01269`,
    `/orientation?${CAF}&commune=01269&imprimer=1`,
    "/orientation?besoin=equiper&equiper_quoi=acheter&commune=01008",
    `/orientation?${CAF}&commune=01416&deplacement=non`,
    "/orientation?besoin=pirate&commune=01269",
    "/guichet/01269",
    place!,
    report!,
    "/agenda",
    "/guide",
    guide!,
    "/indicateurs",
    "/indicateurs/carte",
    "/donnees",
    "/accessibilite",
    "/confidentialite",
    `/rappel?${CAF}&commune=01269&deplacement=non`,
    `/rappel?${CAF}&commune=01269&deplacement=non&erreur=prenom,contact,consentement`,
    "/rappel/envoye?reference=ABCD-EFGH",
    "/rappel/effacer",
    "/rappel/effacer?erreur=introuvable",
    "/hors-ligne",
    "/proposer",
    "/carte-des-lieux",
    "/carte-des-lieux?besoin=parentalite&epci=200042935",
    "/proposer?commune=01304&brouillon=inconnu",
    `/proposer?lieu=${place!.slice("/lieu/".length)}`,
    "/integrer?cle=partenaire&commune=Nantua&besoin=competences",
    "/integrer?cle=inconnue&guichet=1",
    "/integre/partenaire/",
    `/integre/partenaire/orientation?${CAF}&commune=01269&deplacement=oui`,
    "/nulle-part",
  ];
}

for (const prefix of LANGUAGES) {
  test(`every public page is valid HTML for the W3C checker (${prefix || "/fr"})`, async ({ request }, testInfo) => {
    test.skip(testInfo.project.name !== "hydrate", "the server's HTML is the same for both projects");
    test.setTimeout(90_000);
    await expectValidHtml(request, (await publicPages(request)).map((url) => address(prefix, url)));
  });
}
