import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { expectNoAxeViolations, jsEnabled, waitForIslands } from "./helpers";

const STEP = "/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi";
const NEXT = "Comment pouvez-vous y aller ?";

test("the commune step has no accessibility violation", async ({ page }, testInfo) => {
  await page.goto(STEP);
  await waitForIslands(page, testInfo);
  await expectNoAxeViolations(page, "commune step");
});

test("a typed name resolves to the commune and leads to the next step, by keyboard only", async ({ page }, testInfo) => {
  await page.goto(STEP);
  await waitForIslands(page, testInfo);
  await page.getByLabel("Votre commune").focus();
  await page.keyboard.type("Châtillon-sur-Chalaronne");
  // Escape closes suggestions if any; Enter then submits the form, with or without JavaScript.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText(NEXT);
  await expect(page).toHaveURL(/commune=01093/);
});

test("a delegated commune's old name leads to today's commune", async ({ page }, testInfo) => {
  await page.goto(`${STEP}&q=${encodeURIComponent("bellegarde sur valserine")}`);
  await expect(page).toHaveURL(/commune=01033/);
});

/** Types a postal code shared by 22 communes and asks for the next step: the list of communes. */
async function sharedPostalCode(page: Page, testInfo: TestInfo) {
  await page.goto(STEP);
  await waitForIslands(page, testInfo);
  await page.getByLabel("Votre commune").fill("01300");
  await page.getByLabel("Votre commune").press("Escape");
  await page.getByRole("button", { name: "Continuer" }).click();
}

// Two tests, one axe scan each: as one, it used 45-52 % of its 30 s without JavaScript.
test("a postal code shared by several communes asks which one, as radio buttons", async ({ page }, testInfo) => {
  await sharedPostalCode(page, testInfo);
  const group = page.getByRole("group", { name: /Plusieurs communes correspondent à « 01300 »/ });
  await expect(group.getByRole("radio")).toHaveCount(22);
  await expectNoAxeViolations(page, "commune choice");
});

test("the list of communes sent without a choice explains next to it, and a choice goes on", async ({ page }, testInfo) => {
  await sharedPostalCode(page, testInfo);
  await expect(page.getByRole("radio", { name: /^Belley \(01300\)/ })).toBeVisible();
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(page.getByText("Choisissez votre commune dans la liste.")).toBeVisible();
  await expect(page).toHaveTitle(/^Erreur/);
  await expectNoAxeViolations(page, "commune choice with error");

  await page.getByRole("radio", { name: /^Belley \(01300\)/ }).check();
  await page.getByRole("button", { name: "Continuer" }).click();
  await expect(page.locator("h1")).toHaveText(NEXT);
  await expect(page).toHaveURL(/commune=01034/);
});

test("a name that matches nothing keeps the text and explains next to the field", async ({ page }, testInfo) => {
  await page.goto(STEP);
  await waitForIslands(page, testInfo);
  await page.getByLabel("Votre commune").fill("Zzyzx");
  await page.getByLabel("Votre commune").press("Escape");
  await page.getByRole("button", { name: "Continuer" }).click();
  const input = page.getByLabel("Votre commune");
  await expect(input).toHaveValue("Zzyzx");
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveAccessibleDescription(/Aucune commune de l’Ain ne correspond à « Zzyzx »/);
  await expect(page).toHaveTitle(/^Erreur/);
  await expectNoAxeViolations(page, "commune error");
});

test("a tampered link gets a 400 page that offers to start again", async ({ page }) => {
  const response = await page.goto("/parcours?besoin=pirate");
  expect(response?.status()).toBe(400);
  await expect(page.getByText("Le besoin « pirate » n’existe pas dans ce parcours.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Recommencer depuis l’accueil" })).toBeVisible();
  await expectNoAxeViolations(page, "400 page");
});

test.describe("with JavaScript", () => {
  test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, "autocomplete needs the island");

  test("suggestions appear as a listbox and are chosen with the arrow keys", async ({ page }, testInfo) => {
    await page.goto(STEP);
    await waitForIslands(page, testInfo);
    const input = page.getByRole("combobox", { name: "Votre commune" });
    await input.focus();
    await page.keyboard.type("bourg");
    const listbox = page.getByRole("listbox", { name: "Communes proposées" });
    await expect(listbox).toBeVisible();
    await expect(input).toHaveAttribute("aria-expanded", "true");
    await expect(listbox.getByRole("option").first()).toContainText("Bourg-en-Bresse");
    await expectNoAxeViolations(page, "commune suggestions open");

    await page.keyboard.press("ArrowDown");
    await expect(listbox.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    await expect(input).toHaveAttribute("aria-activedescendant", "commune-option-0");
    await page.keyboard.press("Enter");
    await expect(input).toHaveValue("Bourg-en-Bresse");
    await expect(input).toHaveAttribute("aria-expanded", "false");
    await page.keyboard.press("Enter");
    await expect(page.locator("h1")).toHaveText(NEXT);
    await expect(page).toHaveURL(/commune=01053/);
  });

  // The field's code is fetched once the field is used, and a slow phone types faster than it arrives:
  // what was typed stays when it wakes, and gets its suggestions.
  test("a commune typed before the field's code arrives is kept when the field wakes", async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/pkg\/.+\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(STEP);
    await page.locator("#commune-texte").fill("Nantua");
    release();
    await expect(page.locator("#commune-texte")).toHaveAttribute("role", "combobox");
    await expect(page.locator("#commune-texte")).toHaveValue("Nantua");
    // Its suggestions come as the field wakes, as if it had just been typed.
    await expect(page.getByRole("option", { name: /^Nantua/ })).toBeVisible();
    await page.locator("#commune-texte").press("Enter");
    await expect(page.locator("h1")).toHaveText(NEXT);
  });

  test("a former name is offered with today's name", async ({ page }, testInfo) => {
    await page.goto(STEP);
    await waitForIslands(page, testInfo);
    await page.getByRole("combobox").pressSequentially("Bellegarde");
    await expect(page.getByRole("option").first()).toContainText("Bellegarde-sur-Valserine, aujourd’hui Valserhône");
  });
});

test("the step works the same with JavaScript off", async ({ page }, testInfo) => {
  test.skip(jsEnabled(testInfo), "checks the plain form");
  await page.goto(STEP);
  const input = page.getByLabel("Votre commune");
  await expect(input).not.toHaveAttribute("role", "combobox");
  await expect(input).toHaveAttribute("autocomplete", "address-level2");
  // Nothing is promised that needs the script: « Me localiser » stays hidden.
  await expect(page.getByRole("button", { name: "Me localiser" })).toHaveCount(0);
});

test.describe("« Me localiser »", () => {
  test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, "needs the browser's geolocation");

  test.describe("with the position allowed", () => {
    test.use({ geolocation: { latitude: 46.1535, longitude: 5.6088 }, permissions: ["geolocation"] });

    test("the nearest commune is chosen and the journey goes on", async ({ page }, testInfo) => {
      await page.goto(STEP);
      await waitForIslands(page, testInfo);
      await page.getByRole("button", { name: "Me localiser" }).click();
      await expect(page).toHaveURL(/commune=01269/);
      await expect(page.locator("h1")).toHaveText(NEXT);
    });
  });

  test("a refused position says so and the text field stays", async ({ page, context }, testInfo) => {
    await context.clearPermissions();
    await page.goto(STEP);
    await waitForIslands(page, testInfo);
    await page.getByRole("button", { name: "Me localiser" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Tapez le nom de votre commune" })).toBeVisible();
    await expect(page.getByLabel("Votre commune")).toBeEditable();
    await expectNoAxeViolations(page, "locate refused");
  });
});
