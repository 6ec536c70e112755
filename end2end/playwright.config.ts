import { defineConfig } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// The server under test: the release binary built by `cargo leptos build --release` (see .ci/test),
// started on a port of its own with a brand-new SQLite database, so every run starts from the seed.
const root = resolve(__dirname, "..");
const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, "target");
const serverBin = process.env.AIGUILLAGE_SERVER_BIN ?? join(targetDir, "release", "server");
const port = Number(process.env.E2E_PORT ?? 3100);
// A partner's site on another origin, allowed to frame the parcours (framed.spec.ts).
const partnerPort = Number(process.env.E2E_PARTNER_PORT ?? port + 1);
const dataDir = mkdtempSync(join(tmpdir(), "aiguillage-e2e-"));
// A second server that sends mail, to a relay of its own that keeps it (mail-sink.mjs): the specs
// that open a message's link use it (by-mail.spec.ts). The first has no relay, as reminders.spec
// needs.
const mailPort = port + 2;
const smtpPort = port + 3;
const mailSinkPort = port + 4;
const mailDataDir = mkdtempSync(join(tmpdir(), "aiguillage-e2e-"));

// Debian's Chromium, never a downloaded browser; background networking off (no network here).
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

const EDITOR_ACCOUNT = `--email lab01@exemple.fr --nom "LAB01 Ambérieu" --role editeur`;

/** One server under test on `port`, with a brand-new SQLite database in `dir`: the coordination's
 * account first (as a deployment creates its first admin), then `accounts`, then the server, with
 * `env` beside the settings every server of the suite shares. */
function appServer(port: number, dir: string, accounts: string[], env: Record<string, string>) {
  return {
    command: [
      `"${serverBin}" creer-compte --email coordination@exemple.fr --nom Coordination --role admin`,
      ...accounts.map((a) => `"${serverBin}" creer-compte ${a}`),
      `"${serverBin}" serve`,
    ].join(" && "),
    cwd: root,
    url: `http://127.0.0.1:${port}/health`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: {
      DATABASE_URL: `sqlite://${dir}/e2e.db`,
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: process.env.LEPTOS_SITE_ROOT ?? join(root, "target", "site"),
      LEPTOS_ENV: "PROD",
      RUST_LOG: "warn",
      AIGUILLAGE_MOT_DE_PASSE: "mot de passe de demonstration e2e",
      // Each test sends its own X-Forwarded-For, so that login rate limiting does not mix tests up.
      AIGUILLAGE_PROXY: "1",
      // Coordinators log in about a hundred times here, two at once on one account: a code works only
      // once per half-minute, so the second factor is offered, not required. The required mode (the
      // default) is followed over HTTP by server/tests/second_factor.rs.
      AIGUILLAGE_DOUBLE_AUTHENTIFICATION: "facultative",
      ...env,
    },
  };
}

export default defineConfig({
  testDir: "./tests",
  // Every test keeps at least half of its limit spare on a busy 2-core machine (issue 26): the
  // default and each spec's own limit are set from the slowest run seen, at about three times it.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // The JSON report feeds .ci/slowest.mjs: every test's duration against its own timeout.
  reporter: [["list"], ["html", { outputFolder: "playwright-report", open: "never" }], ["json", { outputFile: "reports/results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    launchOptions,
  },
  // Every spec twice: as most people get it (hydrated), and with JavaScript off (the page must work).
  projects: [
    { name: "hydrate", use: { javaScriptEnabled: true } },
    { name: "sans-js", use: { javaScriptEnabled: false } },
  ],
  webServer: [
    appServer(port, dataDir, [EDITOR_ACCOUNT], {
      // The partner below may frame the parcours; « ailleurs » is listed for a site that is not this one.
      AIGUILLAGE_INTEGRATIONS: `partenaire=http://127.0.0.1:${partnerPort}; ailleurs=https://ailleurs.example`,
    }),
    {
      command: `node partner.mjs`,
      cwd: __dirname,
      url: `http://127.0.0.1:${partnerPort}/health`,
      timeout: 10_000,
      reuseExistingServer: false,
      env: { E2E_PARTNER_PORT: String(partnerPort), E2E_APP: `http://127.0.0.1:${port}` },
    },
    {
      command: `node mail-sink.mjs`,
      cwd: __dirname,
      url: `http://127.0.0.1:${mailSinkPort}/health`,
      timeout: 10_000,
      reuseExistingServer: false,
      env: { E2E_SMTP_PORT: String(smtpPort), E2E_SMTP_HTTP_PORT: String(mailSinkPort) },
    },
    appServer(mailPort, mailDataDir, [], {
      AIGUILLAGE_SMTP: `smtp://127.0.0.1:${smtpPort}`,
      AIGUILLAGE_COURRIEL: "coordination@exemple.fr",
      AIGUILLAGE_ADRESSE_PUBLIQUE: `http://127.0.0.1:${mailPort}`,
    }),
  ],
});
