import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

const STEP = "/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi";

/** A speech synthesis with these voices, recording what it is asked to say (run in the page). */
function installVoices(voices: string[]) {
  const fake = {
    speaking: false,
    spoken: [] as { text: string; lang: string }[],
    onvoiceschanged: null as null | (() => void),
    getVoices: () => voices.map((lang) => ({ lang, name: `Voix ${lang}` })),
    speak(u: SpeechSynthesisUtterance) {
      fake.spoken.push({ text: u.text, lang: u.lang });
      fake.speaking = true;
    },
    cancel() {
      fake.speaking = false;
    },
  };
  Object.defineProperty(window, "speechSynthesis", { value: fake });
}

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "hydrate", "speech synthesis is the browser's, through the script");
});

test("without a French voice, there is no « Écouter » button", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "speechSynthesis", { value: { speaking: false, getVoices: () => [{ lang: "en-GB" }], onvoiceschanged: null } });
  });
  await page.goto(STEP);
  // The page's script has run: it shows « Me localiser » as it decides on « Écouter ».
  await expect(page.locator("button[data-locate]")).toBeVisible();
  await expect(page.getByRole("button", { name: "Écouter" })).toHaveCount(0);
});

test("with a French voice, « Écouter » reads the step aloud in French and stops on demand", async ({ page }) => {
  await page.addInitScript(installVoices, ["fr-FR"]);
  await page.goto(STEP);
  const listen = page.getByRole("button", { name: "Écouter" });
  await listen.focus();
  await page.keyboard.press("Enter");
  const spoken = await page.evaluate(() => (window.speechSynthesis as unknown as { spoken: { text: string; lang: string }[] }).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0].lang).toBe("fr-FR");
  expect(spoken[0].text).toContain("Dans quelle commune");
  await expect(page.getByRole("button", { name: "Arrêter la lecture" })).toHaveAttribute("aria-pressed", "true");
  await expectNoAxeViolations(page, "step with « Écouter »");
  await page.getByRole("button", { name: "Arrêter la lecture" }).click();
  await expect(page.getByRole("button", { name: "Écouter" })).toHaveAttribute("aria-pressed", "false");
});

test("on an Arabic page, « Écouter » needs an Arabic voice, and reads with it", async ({ page, context }) => {
  await page.addInitScript(installVoices, ["fr-FR", "en-GB"]);
  await page.goto(`/ar${STEP}`);
  // The page's script has run: it shows « Me localiser » as it decides on « Écouter ».
  await expect(page.locator("button[data-locate]")).toBeVisible();
  // Written by the server, hidden: no voice of the page's language, no button.
  await expect(page.locator("button.listen")).toBeHidden();

  const other = await context.newPage();
  await other.addInitScript(installVoices, ["fr-FR", "ar-SA"]);
  await other.goto(`/ar${STEP}`);
  const listen = other.getByRole("button", { name: "استمع" });
  await listen.click();
  const spoken = await other.evaluate(() => (window.speechSynthesis as unknown as { spoken: { text: string; lang: string }[] }).spoken);
  expect(spoken[0].lang).toBe("ar-SA");
  expect(spoken[0].text).toContain("في أيّ بلدية");
  await expect(other.getByRole("button", { name: "إيقاف القراءة" })).toHaveAttribute("aria-pressed", "true");
});
