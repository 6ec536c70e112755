import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, ownAddress, waitForIslands } from "./helpers";

// Whole journeys in every language but French (journeys.spec.ts), with JavaScript on and off (the
// two projects), axe at 320 and 1280 px on every screen.
test.describe.configure({ timeout: 120_000 });

type Words = {
  prefix: string;
  lang: string;
  dir: "ltr" | "rtl";
  need: RegExp;
  precision: string;
  commune: string;
  label: string;
  comment: string;
  result: string;
  step4: string;
};

const LANGUAGES: Words[] = [
  {
    prefix: "/facile",
    lang: "fr",
    dir: "ltr",
    need: /Faire une démarche/,
    precision: "Faire une démarche : dites-nous plus",
    commune: "Dans quelle commune habitez-vous ?",
    label: "Votre commune",
    comment: "Comment pouvez-vous venir ?",
    result: "Où trouver de l’aide : faire une démarche",
    step4: "Étape 4 sur 4",
  },
  {
    prefix: "/en",
    lang: "en",
    dir: "ltr",
    need: /Do an administrative task/,
    precision: "Do an administrative task: tell us more",
    commune: "Which commune do you live in?",
    label: "Your commune",
    comment: "How can you get there?",
    result: "Where to find help: Do an administrative task",
    step4: "Step 4 of 4",
  },
  {
    prefix: "/ar",
    lang: "ar",
    dir: "rtl",
    need: /القيام بإجراء إداري/,
    precision: "القيام بإجراء إداري: وضّح أكثر",
    commune: "في أيّ بلدية (commune) تسكن؟",
    label: "بلديتك",
    comment: "كيف يمكنك الوصول إلى هناك؟",
    result: "أين تجد المساعدة: القيام بإجراء إداري",
    step4: "الخطوة 4 من 4",
  },
  {
    prefix: "/tr",
    lang: "tr",
    dir: "ltr",
    need: /Resmî bir işlem yapmak/,
    precision: "Resmî bir işlem yapmak: biraz daha anlatın",
    commune: "Hangi belediyede (commune) oturuyorsunuz?",
    label: "Belediyeniz",
    comment: "Oraya nasıl gidebilirsiniz?",
    result: "Nereden yardım alabilirsiniz: Resmî bir işlem yapmak",
    step4: "Adım 4 / 4",
  },
  {
    prefix: "/uk",
    lang: "uk",
    dir: "ltr",
    need: /Оформити документи чи звернення/,
    precision: "Оформити документи чи звернення: уточніть",
    commune: "У якій громаді (commune) ви живете?",
    label: "Ваша громада",
    comment: "Як ви можете туди дістатися?",
    result: "Де знайти допомогу: Оформити документи чи звернення",
    step4: "Крок 4 з 4",
  },
];

/** An element's text, without the isolation marks Arabic puts around the values it is given. */
async function textOf(page: Page, selector: string) {
  return (await page.locator(selector).first().innerText()).replace(/[\u2068\u2069]/g, "").trim();
}

const heading = (page: Page) => textOf(page, "h1");

/** Ticks the first answer of every single-choice question of the screen, by keyboard (the
 * multiple-choice ones may stay empty), and submits it. */
async function answerFirstAndSubmit(page: Page) {
  for (const group of await page.locator("main form fieldset").all()) {
    const first = group.locator("input").first();
    if ((await first.getAttribute("type")) !== "radio") continue;
    await first.focus();
    await page.keyboard.press("Space");
  }
  await page.locator("main form button[type=submit]").focus();
  await page.keyboard.press("Enter");
}

for (const w of LANGUAGES) {
  // Each step's page in this language, straight from its address: axe on its own, so that the
  // journey below stays well inside its timeout.
  test(`each step of a journey in ${w.prefix.slice(1)} passes axe`, async ({ page }, testInfo) => {
    const steps: [string, string][] = [
      ["home", w.prefix],
      ["précision", `${w.prefix}/parcours?besoin=demarche`],
      ["commune", `${w.prefix}/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi`],
      ["comment", `${w.prefix}/parcours?besoin=demarche&demarche_organisme=caf&demarche_aide=avec_moi&commune=01269`],
    ];
    for (const [what, url] of steps) {
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("lang", w.lang);
      await waitForIslands(page, testInfo);
      await expectNoAxeViolations(page, `${w.prefix} ${what}`);
    }
  });

  test(`a whole journey in ${w.prefix.slice(1)}: a need, a commune typed in Latin letters, the result`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(w.prefix);
    await expect(page.locator("html")).toHaveAttribute("lang", w.lang);
    await expect(page.locator("html")).toHaveAttribute("dir", w.dir);

    await page.getByRole("link", { name: w.need }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => heading(page)).toBe(w.precision);
    await answerFirstAndSubmit(page);

    await expect.poll(() => heading(page)).toBe(w.commune);
    await waitForIslands(page, testInfo);
    await page.getByLabel(w.label).focus();
    await page.keyboard.type("nantua");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Enter");

    await expect.poll(() => heading(page)).toBe(w.comment);
    await expect.poll(() => textOf(page, ".step-indicator")).toBe(w.step4);
    await expect(page).toHaveURL(new RegExp(`^[^?]*${w.prefix}/parcours\\?.*commune=01269`));
    await answerFirstAndSubmit(page);

    await expect(page).toHaveURL(new RegExp(`${w.prefix}/orientation\\?.*commune=01269`));
    await expect.poll(() => heading(page)).toBe(w.result);
    await expect(page.locator("html")).toHaveAttribute("lang", w.lang);
    const cards = page.locator("ol.results article");
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      expect(await card.locator(".reasons li").count()).toBeGreaterThan(0);
    }
    await expect(page.locator("p.data-language")).toBeVisible();
    await expect(page.locator(".share-url a")).toHaveText(new RegExp(`${w.prefix}/orientation\\?`));
    await expectNoAxeViolations(page, `${w.prefix} result`);
    // The switcher follows the page (with JavaScript, the steps the navigator swapped in): it offers
    // this very result in French.
    await expect(page.locator("nav.languages a[hreflang=fr]").first()).toHaveAttribute("href", /^\/orientation\?.*commune=01269/);
  });
}

test("the Arabic pages read right to left, and the focus follows the reading order", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/ar/parcours?deplacement=non");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // The header's name sits at the right edge, its language switcher to its left.
  const name = await page.locator(".site-name").boundingBox();
  const switcher = await page.locator(".languages-menu summary").boundingBox();
  expect(name!.x + name!.width).toBeGreaterThan(switcher!.x + switcher!.width);
  // Each Tab goes to the next thing a reader of Arabic meets: further left on the same line, or lower.
  const stops: { top: number; left: number; right: number; what: string }[] = [];
  // From the top: the skip link is the first thing of every page.
  await page.locator(".skip-link").focus();
  // Every stop once, from the top of the page to its end (then the focus leaves the page).
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const box = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const target = el.matches("input[type=radio]") ? (el.labels?.[0] ?? el) : el;
      const r = target.getBoundingClientRect();
      return { top: r.top + scrollY, left: r.left, right: r.right, what: el.outerHTML.slice(0, 80) };
    });
    if (box.what.includes("skip-link")) continue;
    if (box.what.startsWith("<body") || stops.some((s) => s.what === box.what)) break;
    stops.push(box);
  }
  expect(stops.length).toBeGreaterThan(8);
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stops[i - 1], stops[i]];
    const sameLine = Math.abs(a.top - b.top) < 4;
    const ok = sameLine ? b.right <= a.left + 1 : b.top > a.top;
    expect(ok, `from ${a.what} to ${b.what}`).toBe(true);
  }
  await expectNoAxeViolations(page, "/ar need step");
});

test("the browser's language is proposed on the page, and the page stays in the language of its address", async ({ browser }) => {
  const context = await browser.newContext({ locale: "tr-TR" });
  const page = await context.newPage();
  await page.goto("/parcours?besoin=equiper");
  await expect(page).toHaveURL(/\/parcours\?besoin=equiper$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const proposal = page.locator(".language-proposal a");
  await expect(proposal).toHaveText("Bu sayfa Türkçe dilinde de var.");
  await proposal.click();
  await expect(page).toHaveURL(/\/tr\/parcours\?besoin=equiper$/);
  await expect(page.locator("h1")).toHaveText("Cihaz edinmek: biraz daha anlatın");
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test("a page not translated yet says so in the page's language, its French marked as French", async ({ page }) => {
  await page.goto("/en/donnees");
  await expect(page.getByText("This page is not translated yet. It is in French.")).toBeVisible();
  await expect(page.locator("main div[lang=fr]")).toBeVisible();
  await expectNoAxeViolations(page, "/en donnees");
});

test("the agenda in Turkish: its filters, its count and its séances' words", async ({ page }) => {
  await page.goto("/tr/agenda");
  await expect(page.locator("h1")).toHaveText("Ain’deki oturumlar");
  await page.getByLabel("Kimin için").selectOption("parents");
  await page.getByRole("button", { name: "Oturumları göster" }).click();
  await expect(page).toHaveURL(/\/tr\/agenda\?.*public=parents/);
  await expect(page.locator(".agenda-count")).toHaveText(/oturum/);
  await expectNoAxeViolations(page, "/tr agenda");
});

test("a newcomer reports a mistake in Arabic, and a refused report is explained in Arabic", async ({ page }) => {
  await ownAddress(page);
  await page.goto("/ar/lieu/hinaura-15-mediation");
  await page.getByRole("link", { name: /الإبلاغ عن خطأ/ }).click();
  await expect(page).toHaveURL(/\/ar\/signaler\?/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الإبلاغ عن خطأ");
  await expectNoAxeViolations(page, "/ar signaler");
  // No subject chosen: the server refuses, in Arabic, and the error summary links to the question.
  await page.getByLabel("ما الخطأ، وما الصحيح إن كنت تعرفه").fill("الباب مغلق يوم الثلاثاء");
  await page.getByRole("button", { name: "إرسال البلاغ" }).click();
  await expect(page.getByRole("alert")).toContainText("اختر ما هو الخطأ.");
  await expectNoAxeViolations(page, "/ar signaler refusé");
  await page.getByLabel("مواعيد العمل").check();
  await page.getByLabel("ما الخطأ، وما الصحيح إن كنت تعرفه").fill("الباب مغلق يوم الثلاثاء");
  await page.getByRole("button", { name: "إرسال البلاغ" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("شكرًا، تم إرسال بلاغك");
  await expectNoAxeViolations(page, "/ar signalement envoyé");
  await page.getByRole("link", { name: "رجوع", exact: true }).click();
  await expect(page).toHaveURL(/\/ar\/lieu\/hinaura-15-mediation$/);
});
