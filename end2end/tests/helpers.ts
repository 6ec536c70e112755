import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type BrowserContext, type Page, type TestInfo } from "@playwright/test";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const WIDTHS = [320, 1280] as const;
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export function jsEnabled(testInfo: TestInfo): boolean {
  return testInfo.project.use.javaScriptEnabled !== false;
}

/**
 * Zero axe violations at each width, reported readably when there are some.
 *
 * axe runs as a script in the page, which a JavaScript-off page cannot do. For those, the page's
 * HTML, exactly as the browser without JavaScript has it, is copied into a scratch page of the same
 * site where scripts run but the application's own code (/pkg) is blocked: axe reads the same DOM,
 * with the same stylesheet — including states reached by a form post or shown once (a refused form).
 */
export async function expectNoAxeViolations(page: Page, what: string) {
  let target = page;
  let scratch: BrowserContext | undefined;
  if (!jsEnabled(test.info())) {
    // A step just submitted may still be arriving: read the page once it has settled.
    let html = "";
    for (let attempt = 0; ; attempt++) {
      await page.waitForLoadState("load");
      try {
        html = await page.content();
        break;
      } catch (e) {
        if (attempt >= 20) throw e;
        await page.waitForTimeout(100);
      }
    }
    scratch = await page.context().browser()!.newContext({ javaScriptEnabled: true, locale: "fr-FR" });
    target = await scratch.newPage();
    await target.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
    await target.goto(new URL("/robots.txt", page.url()).toString());
    await target.setContent(html, { waitUntil: "load" });
  }
  try {
    for (const width of WIDTHS) {
      await target.setViewportSize({ width, height: 800 });
      const { violations } = await new AxeBuilder({ page: target }).withTags(TAGS).analyze();
      const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      // Counted for the run's report (.ci/test prints the total): one line per page × width × mode.
      if (process.env.AXE_LOG) fs.appendFileSync(process.env.AXE_LOG, `${scratch ? "sans-js" : "hydrate"}\t${width}\t${what}\t${summary.length}\n`);
      expect(summary, `axe on ${what} at ${width}px${scratch ? " (JavaScript off)" : ""}`).toEqual([]);
    }
  } finally {
    await scratch?.close();
  }
}

/** A client address of its own for each test: login rate limiting counts per address (the server
 * runs with AIGUILLAGE_PROXY=1 and reads X-Forwarded-For), so tests do not throttle each other. */
export async function ownAddress(page: Page) {
  const n = () => Math.floor(Math.random() * 254) + 1;
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": `10.${n()}.${n()}.${n()}` });
}

export const ADMIN = { email: "coordination@exemple.fr", password: "mot de passe de demonstration e2e" };
export const EDITOR = { email: "lab01@exemple.fr", password: "mot de passe de demonstration e2e" };

/** Logs in through the form, by keyboard. */
export async function login(page: Page, who: { email: string; password: string }) {
  await ownAddress(page);
  await page.goto("/admin/connexion");
  await page.getByLabel("Adresse de courriel").fill(who.email);
  await page.getByLabel("Mot de passe").fill(who.password);
  await page.getByLabel("Mot de passe").press("Enter");
  await expect(page).toHaveURL(/\/admin$/);
}

/** Once hydrated, the commune field becomes a combobox: proof that the island's script runs. */
export async function waitForIslands(page: Page, testInfo: TestInfo) {
  if (jsEnabled(testInfo) && (await page.locator("#commune-texte").count()) > 0) {
    // The island's code is fetched on first use (issue 29): a pointer over the field asks for it.
    await page.locator("#commune-texte").hover();
    await expect(page.locator("#commune-texte")).toHaveAttribute("role", "combobox");
  }
}

const VNU = path.join(__dirname, "..", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

/** RGAA 8.2: each page's source, as the server sends it, passes the W3C Nu Html Checker (npm's
 * vnu-jar on the machine's Java), all pages in one run of the checker. */
export async function expectValidHtml(request: APIRequestContext, urls: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aiguillage-vnu-"));
  const files = new Map<string, string>();
  for (const [i, url] of urls.entries()) {
    const res = await request.get(url);
    expect([200, 400, 404], url).toContain(res.status());
    const file = path.join(dir, `${i}.html`);
    fs.writeFileSync(file, await res.text());
    files.set(`file:${file}`, url);
  }
  const run = spawnSync("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files.keys()], { encoding: "utf8" });
  expect(run.error, "Java runs the checker").toBeUndefined();
  const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: { url: string; message: string; lastLine?: number }[] };
  const errors = messages.map((m) => `${files.get(m.url) ?? m.url}:${m.lastLine ?? "?"}: ${m.message}`);
  fs.rmSync(dir, { recursive: true, force: true });
  expect(errors, `Nu Html Checker errors over ${files.size} pages`).toEqual([]);
}

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/** The second server of playwright.config.ts: it sends its mail to mail-sink.mjs. */
export const MAIL_SERVER = `http://127.0.0.1:${E2E_PORT + 2}`;
const MAIL_SINK = `http://127.0.0.1:${E2E_PORT + 4}/messages`;

export type Message = { to: string; subject: string; body: string };

async function sent(page: Page, to: string): Promise<Message[]> {
  const all: Message[] = await (await page.request.get(MAIL_SINK)).json();
  return all.filter((m) => m.to === to);
}

/** The messages the mail server sent to `to`, in order sent, once there are `count` of them. */
export async function messagesTo(page: Page, to: string, count = 1): Promise<Message[]> {
  let mine: Message[] = [];
  await expect
    .poll(async () => (mine = await sent(page, to)).length, { timeout: 30_000, message: `${count} message(s) to ${to}` })
    .toBeGreaterThanOrEqual(count);
  return mine;
}

/** The paths of the links to `prefix` in the messages sent to `to`, once there is at least one. */
export async function linksTo(page: Page, to: string, prefix: string): Promise<string[]> {
  const pattern = new RegExp(`https?://[^/\\s]+(${prefix}[^\\s]+)`, "g");
  let links: string[] = [];
  const find = async () => (await sent(page, to)).flatMap((m) => [...m.body.matchAll(pattern)].map((x) => x[1]));
  await expect
    .poll(async () => (links = await find()).length, { timeout: 30_000, message: `a message to ${to} with a link to ${prefix}` })
    .toBeGreaterThan(0);
  return links;
}
