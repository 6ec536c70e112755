// Generates ain-geo.json, the geography Aiguillage ships with, from official open data.
//
//   cd server/data && npm ci && node generate-geo.mjs [path/to/shared/data]
//
// Sources (versions pinned in package.json, see shared/data/SOURCES.txt):
// - @etalab/decoupage-administratif 6.0.0: current, delegated and associated communes, EPCI membership;
// - codes-postaux 4.1.2: postal codes per INSEE code;
// - shared/data/geo/ain-communes-centroids*.csv: area-weighted centroids (IGN contours), with the
//   whole-territory centroid for the communes that merged after the contours were drawn.
// The output is deterministic (sorted, fixed precision) so that a re-run without new data changes nothing.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(process.argv[2] ?? join(here, "../../../shared/data"));

const communes = require("@etalab/decoupage-administratif/data/communes.json");
const epcis = require("@etalab/decoupage-administratif/data/epci.json");
const postal = require("codes-postaux/codes-postaux.json");

const DEPARTEMENT = "01";

function parseCsv(path) {
  const [header, ...rows] = readFileSync(path, "utf8").trim().split(/\r?\n/).map(splitCsvLine);
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
}

function splitCsvLine(line) {
  const cells = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { cells.push(cell); cell = ""; }
    else cell += ch;
  }
  cells.push(cell);
  return cells;
}

function fail(message) {
  console.error(`generate-geo: ${message}`);
  process.exit(1);
}

const round = (x) => Math.round(Number(x) * 1e5) / 1e5;

const centroids = new Map(parseCsv(join(shared, "geo/ain-communes-centroids.csv")).map((r) => [r.insee_code, r]));
const notes = parseCsv(join(shared, "geo/ain-communes-centroids-notes.csv"));
const wholeTerritory = new Map(
  notes.filter((n) => n.status === "partial-territory").map((n) => [n.insee_code, [n.alt_lon_areaweighted, n.alt_lat_areaweighted]]),
);

const inAin = communes.filter((c) => c.departement === DEPARTEMENT);
const current = inAin.filter((c) => c.type === "commune-actuelle");
const currentCodes = new Set(current.map((c) => c.code));

// EPCI: every one that has at least one current commune of the Ain, even when it is based elsewhere.
const epciOf = new Map();
const epciOut = [];
for (const e of epcis) {
  const members = e.membres.filter((m) => currentCodes.has(m.code));
  if (members.length === 0) continue;
  for (const m of members) epciOf.set(m.code, e.code);
  epciOut.push({
    siren: e.code,
    nom: e.nom,
    type: e.type,
    communes_ain: members.length,
    communes_total: e.membres.length,
  });
}
epciOut.sort((a, b) => a.siren.localeCompare(b.siren));

// Postal codes: both sources, a delegated commune's codes counting for the commune it belongs to.
const chefLieu = new Map(inAin.filter((c) => c.chefLieu).map((c) => [c.code, c.chefLieu]));
const postalOf = new Map(current.map((c) => [c.code, new Set(c.codesPostaux ?? [])]));
for (const p of postal) {
  const target = currentCodes.has(p.codeCommune) ? p.codeCommune : chefLieu.get(p.codeCommune);
  if (target && postalOf.has(target)) postalOf.get(target).add(p.codePostal);
}

const communesOut = current
  .map((c) => {
    const point = wholeTerritory.get(c.code) ?? (centroids.get(c.code) && [centroids.get(c.code).lon, centroids.get(c.code).lat]);
    if (!point) fail(`no centroid for ${c.code} ${c.nom}`);
    const epci = epciOf.get(c.code);
    if (!epci) fail(`no EPCI for ${c.code} ${c.nom}`);
    const codesPostaux = [...postalOf.get(c.code)].sort();
    if (codesPostaux.length === 0) fail(`no postal code for ${c.code} ${c.nom}`);
    return { insee: c.code, nom: c.nom, codes_postaux: codesPostaux, population: c.population ?? 0, epci, lon: round(point[0]), lat: round(point[1]) };
  })
  .sort((a, b) => a.insee.localeCompare(b.insee));

// Former names: delegated and associated communes (official), then communes absorbed without that status,
// whose last name is known from the 2016 contours (their code is in a current commune's anciensCodes).
const formerOut = inAin
  .filter((c) => c.type === "commune-deleguee" || c.type === "commune-associee")
  .map((c) => ({ insee: c.code, nom: c.nom, commune: c.chefLieu, statut: c.type === "commune-deleguee" ? "deleguee" : "associee" }));
const absorbedInto = new Map();
for (const c of current) for (const old of c.anciensCodes ?? []) absorbedInto.set(old, c.code);
for (const n of notes) {
  if (n.status !== "not-current" || formerOut.some((f) => f.insee === n.insee_code)) continue;
  const target = absorbedInto.get(n.insee_code);
  if (!target) fail(`former commune ${n.insee_code} ${n.nom_geojson} has no current commune`);
  formerOut.push({ insee: n.insee_code, nom: n.nom_geojson, commune: target, statut: "ancienne" });
}
for (const f of formerOut) if (!currentCodes.has(f.commune)) fail(`${f.nom} points to unknown commune ${f.commune}`);
formerOut.sort((a, b) => a.insee.localeCompare(b.insee) || a.nom.localeCompare(b.nom));

const counts = {
  communes: communesOut.length,
  deleguees: formerOut.filter((f) => f.statut === "deleguee").length,
  associees: formerOut.filter((f) => f.statut === "associee").length,
  epci: epciOut.length,
};
if (counts.communes !== 391 || counts.deleguees !== 37 || counts.associees !== 1 || counts.epci !== 17) {
  fail(`unexpected counts ${JSON.stringify(counts)}`);
}

const out = {
  sources: [
    "@etalab/decoupage-administratif@6.0.0",
    "codes-postaux@4.1.2",
    "IGN GEOFLA 2016 contours via gregoiredavid/france-geojson (area-weighted centroids)",
  ],
  licence: "Licence Ouverte / Etalab 2.0",
  epci: epciOut,
  communes: communesOut,
  anciennes_communes: formerOut,
};
// One record per line: compact, yet a data update reads as a small diff.
const lines = (items) => items.map((x) => "  " + JSON.stringify(x)).join(",\n");
const json = `{"sources":${JSON.stringify(out.sources)},"licence":${JSON.stringify(out.licence)},
"epci":[
${lines(out.epci)}
],
"communes":[
${lines(out.communes)}
],
"anciennes_communes":[
${lines(out.anciennes_communes)}
]}
`;
JSON.parse(json);
writeFileSync(join(here, "ain-geo.json"), json);
console.log(`ain-geo.json: ${JSON.stringify(counts)}, ${formerOut.length} former names, ${json.length} bytes`);
