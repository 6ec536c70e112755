import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page, type TestInfo } from "@playwright/test";

export const WIDTHS = [320, 1280] as const;
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export function jsEnabled(testInfo: TestInfo): boolean {
  return testInfo.project.use.javaScriptEnabled !== false;
}

/**
 * Zero axe violations at each width, reported readably when there are some.
 *
 * axe runs as a script in the page, which a JavaScript-off page cannot do. For those, the same URL is
 * opened in a scratch page where scripts run but the application's own code (/pkg) is blocked: the DOM
 * is exactly what a browser without JavaScript shows, and axe can read it. Every state is a GET URL,
 * so the URL is all it takes to get there again.
 */
export async function expectNoAxeViolations(page: Page, what: string) {
  let target = page;
  let scratch: BrowserContext | undefined;
  if (!jsEnabled(test.info())) {
    scratch = await page.context().browser()!.newContext({ javaScriptEnabled: true, locale: "fr-FR" });
    target = await scratch.newPage();
    await target.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
    await target.goto(page.url());
  }
  try {
    for (const width of WIDTHS) {
      await target.setViewportSize({ width, height: 800 });
      const { violations } = await new AxeBuilder({ page: target }).withTags(TAGS).analyze();
      const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(summary, `axe on ${what} at ${width}px${scratch ? " (JavaScript off)" : ""}`).toEqual([]);
    }
  } finally {
    await scratch?.close();
  }
}

/** Once hydrated, the commune field becomes a combobox: proof that the island's script runs. */
export async function waitForIslands(page: Page, testInfo: TestInfo) {
  if (jsEnabled(testInfo) && (await page.locator("#commune-texte").count()) > 0) {
    await expect(page.locator("#commune-texte")).toHaveAttribute("role", "combobox");
  }
}
