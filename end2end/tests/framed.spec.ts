import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

// The parcours inside a partner's page (a mairie's site on another origin, end2end/partner.mjs):
// allowed for the origin the configuration lists, refused for any other, the whole journey inside
// the frame with JavaScript on and off, no cookie, and « Ouvrir en grand » to leave it.
const APP = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;
const PARTNER = `http://127.0.0.1:${Number(process.env.E2E_PARTNER_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1)}`;

test.describe.configure({ timeout: 120_000 });

/** The frame of the partner's page (once it has a document). */
function inner(page: Page) {
  return page.frames().find((f) => f !== page.mainFrame());
}

test("a person finds their help inside a mairie's page, without leaving it, and can open the answer full size", async ({ page }) => {
  await page.goto(`${PARTNER}/?src=/integre/partenaire/`);
  const frame = page.frameLocator("iframe");
  await frame.getByRole("link", { name: /Réaliser une démarche/ }).click();
  await expect(frame.locator("h1")).toHaveText("Réaliser une démarche : précisez");
  await frame.getByLabel(/^CAF/).check();
  await frame.getByLabel("Qu’une personne le fasse avec moi").check();
  await frame.getByRole("button", { name: "Continuer" }).click();

  await expect(frame.locator("h1")).toHaveText("Dans quelle commune habitez-vous ?");
  await frame.getByLabel("Votre commune").fill("Nantua");
  await frame.getByLabel("Votre commune").press("Escape");
  await frame.getByLabel("Votre commune").press("Enter");

  await expect(frame.locator("h1")).toHaveText("Comment pouvez-vous y aller ?");
  await frame.getByLabel("Oui, mais difficilement").check();
  await frame.getByLabel("Pour moi", { exact: true }).check();
  await frame.getByRole("button", { name: "Voir les aides" }).click();

  await expect(frame.locator("h1")).toHaveText("Où trouver de l’aide : réaliser une démarche");
  expect(await frame.locator("ol.results article").count()).toBeGreaterThan(0);
  // Still the partner's page around it; the frame on the integration's own addresses.
  expect(page.url()).toBe(`${PARTNER}/?src=/integre/partenaire/`);
  await expect(page.locator("h1")).toHaveText("Mairie de Test");
  expect(inner(page)?.url()).toMatch(/\/integre\/partenaire\/orientation\?.*commune=01269/);
  await expect(frame.locator(".site-footer .footer-links")).toHaveCount(0);
  expect(await page.context().cookies([APP, PARTNER]), "no cookie, on either site").toEqual([]);

  await frame.getByRole("link", { name: /Ouvrir en grand/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${APP}/orientation\\?.*commune=01269`));
  await expect(page.locator("h1")).toHaveText("Où trouver de l’aide : réaliser une démarche");
  await expect(page.locator(".footer-links")).toBeVisible();
});

test("a site the coordination did not list sees the frame refused, and no page outside the parcours can be framed", async ({ page, request }) => {
  const ancestors = async (path: string) => {
    const res = await request.get(path);
    return (res.headers()["content-security-policy"] ?? "").split(";").map((d) => d.trim()).find((d) => d.startsWith("frame-ancestors"));
  };
  expect(await ancestors("/integre/partenaire/parcours?besoin=equiper")).toBe(`frame-ancestors 'self' ${PARTNER}`);
  expect(await ancestors("/integre/ailleurs/")).toBe("frame-ancestors 'self' https://ailleurs.example");
  for (const path of ["/", "/parcours", "/admin/connexion", "/integre/partenaire/admin/connexion", "/integre/inconnue/"]) {
    expect(await ancestors(path), path).toBe("frame-ancestors 'none'");
  }

  for (const src of ["/integre/ailleurs/", "/integre/partenaire/admin/connexion", "/parcours"]) {
    await page.goto(`${PARTNER}/?src=${encodeURIComponent(src)}`);
    // The browser shows its own error in place of the page: nothing of Aiguillage is in the frame.
    await expect.poll(() => inner(page)?.url(), { message: src }).toMatch(/^chrome-error:/);
    await expect(page.frameLocator("iframe").locator(".site-header, main#contenu")).toHaveCount(0);
  }
});

test("the framed pages have no accessibility violation", async ({ page }) => {
  await page.goto("/integre/partenaire/");
  await expectNoAxeViolations(page, "framed home");
  await page.goto("/integre/partenaire/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi");
  await expectNoAxeViolations(page, "framed commune step");
  await page.goto("/integre/partenaire/ar/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=oui");
  await expectNoAxeViolations(page, "framed result in Arabic");
  await page.goto(`/integrer?cle=partenaire&commune=Nantua&besoin=competences`);
  await expect(page.locator("pre.snippet")).toContainText(`/integre/partenaire/parcours?besoin=competences&amp;commune=01269`);
  await expectNoAxeViolations(page, "/integrer with its snippet");
  await page.goto(`/integrer?cle=inconnue`);
  await expectNoAxeViolations(page, "/integrer with an unknown key");
});
