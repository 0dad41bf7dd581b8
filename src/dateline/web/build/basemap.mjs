// Builds the UI's offline basemap: Natural Earth 1:110m countries (npm world-atlas) as compact GeoJSON.
// usage: npm ci && npm run build:basemap   (writes src/dateline/web/static/data/countries-110m.geojson)
// Reproducible: pinned packages (package-lock.json), fixed rounding, stable key order.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "static", "data", "countries-110m.geojson");
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"));

// Two decimals (about 1 km) is finer than the 1:110m shapes themselves.
const round = (x) => Math.round(x * 100) / 100;
const roundCoords = (c) => (typeof c[0] === "number" ? [round(c[0]), round(c[1])] : c.map(roundCoords));

const countries = feature(topology, topology.objects.countries);
const features = countries.features
  .filter((f) => f.geometry)
  .map((f) => ({
    type: "Feature",
    id: f.id ?? null,
    properties: { name: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) },
  }))
  .sort((a, b) => String(a.properties.name).localeCompare(String(b.properties.name)));

const source = "Natural Earth 1:110m via world-atlas 2.0.2 (public domain); built by src/dateline/web/build/basemap.mjs";
writeFileSync(out, JSON.stringify({ type: "FeatureCollection", source, features }) + "\n");
console.log(`basemap: ${features.length} countries -> ${out}`);
