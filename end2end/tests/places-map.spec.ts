import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

// Places on a map (issue 28): the result's small map, and « Carte des lieux » with its filters,
// every point a link, the list as its text alternative; axe on both, JavaScript on and off.

test("a result shows its commune and its shortlist numbered on a small map", async ({ page }) => {
  await page.goto("/orientation?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269&deplacement=oui");
  const map = page.getByRole("img", { name: /^Carte : Nantua en foncé/ });
  await expect(map).toBeVisible();
  await expect(page.locator(".results--numbered .card-title").first()).toBeVisible();
  // At 320 px (a phone, or 400 % zoom on a desktop), the map fits the width: no sideways scrolling.
  await page.setViewportSize({ width: 320, height: 800 });
  const box = await map.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test("« Carte des lieux » filters by need and intercommunalité, and every point leads to its place", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Carte des lieux" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Carte des lieux");
  await expectNoAxeViolations(page, "carte des lieux");
  await page.getByLabel(/^Besoin/).selectOption({ label: "Réaliser une démarche" });
  await page.getByLabel(/^Intercommunalité/).selectOption({ label: "CA Haut-Bugey Agglomération" });
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/besoin=demarche/);
  await expect(page.getByRole("heading", { level: 2, name: /CA Haut-Bugey Agglomération : \d+ lieux?/ })).toBeVisible();
  await expectNoAxeViolations(page, "carte des lieux, une intercommunalité");
  const points = page.locator(".places-map a");
  const listed = page.locator("#lieux-liste a");
  expect(await points.count()).toBeGreaterThan(0);
  // A place whose coordinates fall outside the EPCI's box is in the list only.
  expect(await points.count()).toBeLessThanOrEqual(await listed.count());
  // By keyboard: points of one address lie on each other, and a click lands on the top one.
  const first = points.first();
  const name = await first.getAttribute("aria-label");
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/lieu\//);
  const heading = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  expect(name!.startsWith(`${heading}, `), `${name} is the point of ${heading}`).toBeTruthy();
});

test("« Carte des lieux » reached from an Arabic page is in Arabic, right to left, and its points stay in Arabic", async ({ page }) => {
  await page.goto("/ar/");
  await page.getByRole("contentinfo").getByRole("link", { name: "خريطة الأماكن" }).click();
  await expect(page).toHaveURL(/\/ar\/carte-des-lieux/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("خريطة الأماكن");
  await page.getByLabel(/^الحاجة/).selectOption({ index: 2 });
  await page.getByRole("button", { name: "عرض" }).click();
  await expect(page.getByRole("link", { name: "تخطي الخريطة والانتقال إلى القائمة" })).toBeVisible();
  await expectNoAxeViolations(page, "carte des lieux en arabe");
  await page.locator("#lieux-liste a").first().click();
  await expect(page).toHaveURL(/\/ar\/lieu\//);
});
