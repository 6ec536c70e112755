// A mail relay for the browser tests that need a message's link (a structure's request, the page
// where an accepted « C'est ma structure » chooses its password): it speaks just enough SMTP to
// accept every message, relays nothing, and shows what it received as JSON on its HTTP port
// (`/messages`: recipient, subject and decoded body of each). Started by playwright.config.ts beside
// the server that sends mail; loopback only.
import { createServer as createHttp } from "node:http";
import { createServer as createTcp } from "node:net";

const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3103);
const httpPort = Number(process.env.E2E_SMTP_HTTP_PORT ?? 3104);
const messages = [];

/** A body as its Content-Transfer-Encoding wrote it, back to text. */
function decodeBody(encoding, body) {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (/quoted-printable/i.test(encoding)) {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/** A header's RFC 2047 encoded words (`=?utf-8?b?…?=`), back to text. */
function decodeWords(value) {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, kind, text) =>
    kind.toLowerCase() === "b"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (m, h) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8"),
  ).replace(/\?=\s+=\?/g, "");
}

function keep(recipients, raw) {
  const text = raw.replace(/^\.\./gm, ".");
  const split = text.indexOf("\r\n\r\n");
  const head = text.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const header = (name) => head.split("\r\n").find((l) => l.toLowerCase().startsWith(`${name}:`))?.slice(name.length + 1).trim() ?? "";
  const body = decodeBody(header("content-transfer-encoding"), text.slice(split + 4));
  for (const to of recipients) messages.push({ to, subject: decodeWords(header("subject")), body });
}

createTcp((socket) => {
  let buffer = "";
  let recipients = [];
  let data = null;
  socket.setEncoding("latin1");
  socket.write("220 mail-sink\r\n");
  socket.on("data", (chunk) => {
    buffer += chunk;
    for (;;) {
      if (data !== null) {
        const end = buffer.indexOf("\r\n.\r\n");
        if (end < 0) return;
        keep(recipients, Buffer.from(buffer.slice(0, end), "latin1").toString("utf8"));
        buffer = buffer.slice(end + 5);
        data = null;
        recipients = [];
        socket.write("250 kept\r\n");
        continue;
      }
      const line = buffer.indexOf("\r\n");
      if (line < 0) return;
      const command = buffer.slice(0, line);
      buffer = buffer.slice(line + 2);
      const verb = command.slice(0, 4).toUpperCase();
      if (verb === "EHLO") socket.write("250-mail-sink\r\n250 8BITMIME\r\n");
      else if (verb === "RCPT") {
        recipients.push(command.match(/<([^>]*)>/)?.[1] ?? "");
        socket.write("250 ok\r\n");
      } else if (verb === "DATA") {
        data = "";
        socket.write("354 go on\r\n");
      } else if (verb === "QUIT") {
        socket.end("221 bye\r\n");
        return;
      } else socket.write("250 ok\r\n");
    }
  });
  socket.on("error", () => {});
}).listen(smtpPort, "127.0.0.1");

createHttp((req, res) => {
  const url = new URL(req.url ?? "/", `http://127.0.0.1:${httpPort}`);
  if (url.pathname === "/health") res.writeHead(200, { "content-type": "text/plain" }).end("ok");
  else if (url.pathname === "/messages") res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(messages));
  else res.writeHead(404).end();
}).listen(httpPort, "127.0.0.1");
