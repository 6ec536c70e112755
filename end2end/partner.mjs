// A partner's site for the browser tests (framed.spec.ts): a mairie's page on another origin that
// frames the parcours at the address given in `?src=`. Started by playwright.config.ts beside the
// server; loopback only.
import { createServer } from "node:http";

const port = Number(process.env.E2E_PARTNER_PORT ?? 3101);
const app = process.env.E2E_APP ?? "http://127.0.0.1:3100";

createServer((req, res) => {
  const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
  if (url.pathname === "/health") {
    res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    return;
  }
  const src = url.searchParams.get("src") ?? "/";
  if (!src.startsWith("/") || src.startsWith("//")) {
    res.writeHead(400).end();
    return;
  }
  const attr = (v) => v.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Mairie de Test</title></head>
<body><header><h1>Mairie de Test</h1></header><main>
<p>Trouver une aide pour le numérique :</p>
<iframe src="${attr(app + src)}" title="Aiguillage : trouver une aide au numérique" width="100%" height="900" allow="geolocation"></iframe>
</main></body></html>`);
}).listen(port, "127.0.0.1");
