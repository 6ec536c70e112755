// Generates app/data/ain-carte.json, the outlines the indicators' map of the Ain is drawn from.
//
//   node server/data/generate-map.mjs [path/to/shared/data]
//
// Sources: shared/data/geo/communes-01-ain.geojson (IGN GEOFLA 2016 contours, 410 polygons under COG
// 2016 codes, see shared/data/SOURCES.txt) and ain-geo.json beside this script (today's communes, their
// EPCI, and which former commune lies in which current one).
//
// Why here and not in the browser or at each request: the contours are public, fixed data. Drawing them
// once, at build time, gives the server ready path strings; the page sends plain SVG, with no tile
// server, no script and no third-party request, and it works offline.
//
// How: points are projected (equirectangular at the Ain's mean latitude) onto an integer grid, which
// also removes detail smaller than a grid step. The contours are topologically clean (every inner edge
// is shared by exactly two polygons), so dissolving is exact: a current commune's outline is the
// edges of its former parts that are not shared between two of them, and the EPCI borders are the
// edges whose two sides lie in different EPCI, or on one side only (the département's edge).
// Paths use relative moves, so that most steps are one or two digits. The output is deterministic.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(process.argv[2] ?? join(here, "../../../shared/data"));
const geo = JSON.parse(readFileSync(join(here, "ain-geo.json"), "utf8"));
const contours = JSON.parse(readFileSync(join(shared, "geo/communes-01-ain.geojson"), "utf8"));

function fail(message) {
  console.error(`generate-map: ${message}`);
  process.exit(1);
}

// Grid: WIDTH units across the département (≈ 125 km, so one unit ≈ 200 m).
const WIDTH = 600;

const current = new Map(geo.communes.map((c) => [c.insee, c]));
const formerIn = new Map(geo.anciennes_communes.map((f) => [f.insee, f.commune]));
const currentOf = (code) => (current.has(code) ? code : formerIn.get(code));

const rings = contours.features.map((f) => {
  if (f.geometry.type !== "Polygon") fail(`${f.properties.code}: ${f.geometry.type}, a Polygon was expected`);
  const commune = currentOf(f.properties.code);
  if (!commune) fail(`${f.properties.code} ${f.properties.nom} is neither a current nor a former commune`);
  return { commune, points: f.geometry.coordinates.flat() };
});

let [minLon, maxLon, minLat, maxLat] = [Infinity, -Infinity, Infinity, -Infinity];
for (const r of rings) {
  for (const [lon, lat] of r.points) {
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
}
const cosLat = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
const scale = WIDTH / ((maxLon - minLon) * cosLat);
const height = Math.ceil((maxLat - minLat) * scale);
const project = ([lon, lat]) => [Math.round((lon - minLon) * cosLat * scale), Math.round((maxLat - lat) * scale)];
const key = ([x, y]) => `${x},${y}`;

// Directed edges of each ring on the grid (points that fell on the same cell merged).
const edges = [];
for (const r of rings) {
  const pts = [];
  for (const p of r.points.map(project)) {
    const last = pts[pts.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
  }
  for (let i = 0; i + 1 < pts.length; i++) edges.push({ commune: r.commune, from: pts[i], to: pts[i + 1] });
}
const undirected = (e) => [key(e.from), key(e.to)].sort().join(";");
const sides = new Map();
for (const e of edges) {
  const k = undirected(e);
  if (!sides.has(k)) sides.set(k, []);
  sides.get(k).push(e.commune);
}
for (const [k, s] of sides) if (s.length > 2) fail(`edge ${k} has ${s.length} sides`);

// Follows a commune's directed edges from point to point into its closed rings.
function closedRings(list) {
  const out = new Map();
  for (const e of list) {
    const k = key(e.from);
    if (!out.has(k)) out.set(k, []);
    out.get(k).push(e);
  }
  const used = new Set();
  const lines = [];
  for (const start of list) {
    if (used.has(start)) continue;
    const line = [start.from];
    let e = start;
    while (e && !used.has(e)) {
      used.add(e);
      line.push(e.to);
      e = (out.get(key(e.to)) ?? []).find((n) => !used.has(n));
    }
    lines.push(line);
  }
  return lines;
}

function path(lines, closed) {
  let d = "";
  let at = null;
  for (const line of lines) {
    const [x0, y0] = line[0];
    d += at ? `m${x0 - at[0]} ${y0 - at[1]}` : `M${x0} ${y0}`;
    let prev = line[0];
    const steps = closed ? line.slice(1, -1) : line.slice(1);
    d += "l" + steps.map(([x, y]) => {
      const s = `${x - prev[0]} ${y - prev[1]}`;
      prev = [x, y];
      return s;
    }).join(" ").replace(/ -/g, "-");
    if (closed) {
      d += "z";
      at = line[0];
    } else {
      at = prev;
    }
  }
  return d;
}

const communes = geo.communes.map((c) => {
  // Edges between two former parts of the commune are inside it: left out.
  const own = edges.filter((e) => {
    const s = sides.get(undirected(e));
    return e.commune === c.insee && (s.length === 1 || s[0] !== s[1]);
  });
  if (own.length < 3) fail(`${c.insee} ${c.nom} has no outline`);
  return { insee: c.insee, d: path(closedRings(own), true) };
});

const epciOf = new Map(geo.communes.map((c) => [c.insee, c.epci]));
const borderEdges = [];
const seen = new Set();
for (const e of edges) {
  const k = undirected(e);
  if (seen.has(k)) continue;
  seen.add(k);
  const s = sides.get(k);
  if (s.length === 1 || epciOf.get(s[0]) !== epciOf.get(s[1])) borderEdges.push(e);
}
// Border edges go both ways: chain them as an undirected graph.
const both = [];
for (const e of borderEdges) {
  e.twin = { commune: e.commune, from: e.to, to: e.from, twin: e };
  both.push(e, e.twin);
}
const stroke = [];
{
  const used = new Set();
  const byFrom = new Map();
  for (const e of both) {
    const k = key(e.from);
    if (!byFrom.has(k)) byFrom.set(k, []);
    byFrom.get(k).push(e);
  }
  const degree = (p) => byFrom.get(key(p)).length;
  const walk = (start) => {
    const line = [start.from];
    let e = start;
    while (e && !used.has(e)) {
      used.add(e);
      used.add(e.twin);
      line.push(e.to);
      if (degree(e.to) !== 2) break;
      e = byFrom.get(key(e.to)).find((n) => !used.has(n));
    }
    return line;
  };
  for (const e of both) if (!used.has(e) && degree(e.from) !== 2) stroke.push(walk(e));
  for (const e of both) if (!used.has(e)) stroke.push(walk(e));
}

const out = {
  source: "IGN GEOFLA 2016 (gregoiredavid/france-geojson), communes of today from @etalab/decoupage-administratif@6.0.0",
  licence: "Licence Ouverte / Etalab 2.0",
  largeur: WIDTH,
  hauteur: height,
  limites_epci: path(stroke, false),
  communes,
};
const lines = (items) => items.map((x) => "  " + JSON.stringify(x)).join(",\n");
// The projection itself, so that the server places a point (a place's coordinates) on the same grid.
const projection = { lon0: minLon, lat0: maxLat, x_par_degre: cosLat * scale, y_par_degre: scale };
const json = `{"source":${JSON.stringify(out.source)},"licence":${JSON.stringify(out.licence)},"largeur":${WIDTH},"hauteur":${height},
"projection":${JSON.stringify(projection)},
"limites_epci":${JSON.stringify(out.limites_epci)},
"communes":[
${lines(communes)}
]}
`;
JSON.parse(json);
const target = join(here, "../../app/data/ain-carte.json");
writeFileSync(target, json);
const points = communes.reduce((n, c) => n + c.d.split(/[lmMz ]|(?=-)/).length, 0);
console.log(`ain-carte.json: ${communes.length} communes, ${WIDTH}×${height}, ${json.length} bytes, ~${points / 2} points`);
