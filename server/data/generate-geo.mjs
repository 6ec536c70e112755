// Generates ain-geo.json, the geography Aiguillage ships with, from official open data.
//
//   cd server/data && npm ci && node generate-geo.mjs [path/to/shared/data]
//   node generate-geo.mjs [path/to/shared/data] --departements 01,69,74|toutes --sortie FILE
//
// The set of départements is configuration, the Ain by default (then the output is ain-geo.json,
// checked against the Ain's known counts). Any other set writes FILE (by default geo-<set>.json) for
// another département or for the national simulation (bench/national.sh). Centroids come from
// shared/data for the Ain only: elsewhere each commune gets a simulated point, drawn inside a box of
// its département's place on a grid over metropolitan France (overseas: one row below). Distances
// between such points are plausible for measurements, not for orientation: say so wherever used.
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
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const departementsArg = option("--departements") ?? "01";
const sortieArg = option("--sortie");
const shared = resolve(args[0] ?? join(here, "../../../shared/data"));

const communes = require("@etalab/decoupage-administratif/data/communes.json");
const epcis = require("@etalab/decoupage-administratif/data/epci.json");
const postal = require("codes-postaux/codes-postaux.json");

const allDepartements = [...new Set(communes.filter((c) => c.type === "commune-actuelle").map((c) => c.departement))].sort();
const DEPARTEMENTS = departementsArg === "toutes" ? allDepartements : departementsArg.split(",").map((d) => d.trim());
for (const d of DEPARTEMENTS) if (!allDepartements.includes(d)) fail(`unknown département ${d}`);
const AIN_ONLY = DEPARTEMENTS.length === 1 && DEPARTEMENTS[0] === "01";
const wanted = new Set(DEPARTEMENTS);

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

const inAin = communes.filter((c) => wanted.has(c.departement));
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
    // Métropoles: « METRO » in the file, « MET69 » for Lyon's; the domain says ME for both.
    type: e.type === "METRO" || e.type === "MET69" ? "ME" : e.type,
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

// A simulated point for a commune without a known centroid: its département's cell on a 10-column
// grid over metropolitan France, a deterministic spot inside it (from the INSEE code).
const cell = new Map(allDepartements.map((d, i) => [d, i]));
function simulatedPoint(c) {
  const i = cell.get(c.departement);
  const [col, row] = [i % 10, Math.floor(i / 10)];
  let h = 0;
  for (const ch of c.code) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return [-4.5 + col * 1.25 + (h % 1000) / 1000 * 1.2, 51.0 - row * 0.8 - ((h >>> 10) % 1000) / 1000 * 0.75];
}
let simulated = 0;
let withoutEpci = [];
const communesOut = current
  .filter((c) => {
    if (epciOf.has(c.code) || AIN_ONLY) return true;
    withoutEpci.push(c.code); // islands of one commune, overseas collectivities: no EPCI to orient in
    return false;
  })
  .map((c) => {
    let point = wholeTerritory.get(c.code) ?? (centroids.get(c.code) && [centroids.get(c.code).lon, centroids.get(c.code).lat]);
    if (!point && !AIN_ONLY) { point = simulatedPoint(c); simulated++; }
    if (!point) fail(`no centroid for ${c.code} ${c.nom}`);
    const epci = epciOf.get(c.code);
    if (!epci) fail(`no EPCI for ${c.code} ${c.nom}`);
    const codesPostaux = [...postalOf.get(c.code)].sort();
    if (codesPostaux.length === 0 && !AIN_ONLY) codesPostaux.push(c.code);
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
for (const n of AIN_ONLY || wanted.has("01") ? notes : []) {
  if (n.status !== "not-current" || formerOut.some((f) => f.insee === n.insee_code)) continue;
  const target = absorbedInto.get(n.insee_code);
  if (!target) fail(`former commune ${n.insee_code} ${n.nom_geojson} has no current commune`);
  formerOut.push({ insee: n.insee_code, nom: n.nom_geojson, commune: target, statut: "ancienne" });
}
const keptCodes = new Set(communesOut.map((c) => c.insee));
if (AIN_ONLY) {
  for (const f of formerOut) if (!currentCodes.has(f.commune)) fail(`${f.nom} points to unknown commune ${f.commune}`);
}
const formerKept = formerOut.filter((f) => keptCodes.has(f.commune));
formerOut.length = 0;
formerOut.push(...formerKept);
formerOut.sort((a, b) => a.insee.localeCompare(b.insee) || a.nom.localeCompare(b.nom));

const counts = {
  communes: communesOut.length,
  deleguees: formerOut.filter((f) => f.statut === "deleguee").length,
  associees: formerOut.filter((f) => f.statut === "associee").length,
  epci: epciOut.length,
};
if (AIN_ONLY && (counts.communes !== 391 || counts.deleguees !== 37 || counts.associees !== 1 || counts.epci !== 17)) {
  fail(`unexpected counts ${JSON.stringify(counts)}`);
}

const out = {
  sources: [
    "@etalab/decoupage-administratif@6.0.0",
    "codes-postaux@4.1.2",
    "IGN GEOFLA 2016 contours via gregoiredavid/france-geojson (area-weighted centroids)",
    ...(simulated > 0 ? [`${simulated} communes hors de l’Ain : coordonnées simulées (mesures seulement, jamais pour orienter)`] : []),
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
const target = AIN_ONLY ? join(here, "ain-geo.json") : resolve(sortieArg ?? `geo-${departementsArg.replaceAll(",", "-")}.json`);
writeFileSync(target, json);
console.log(`${target}: ${JSON.stringify(counts)}, ${formerOut.length} former names, ${simulated} simulated points, ${withoutEpci.length} communes without EPCI left out, ${json.length} bytes`);
