// The map's geometry: an equirectangular projection onto a 1000 x 500 plane, GeoJSON to SVG paths, and
// greedy marker clustering in screen space.

export const WIDTH = 1000;
export const HEIGHT = 500;
const S = WIDTH / 360;

/** [x, y] on the plane for a longitude and latitude. */
export function project(lon, lat) {
  return [(lon + 180) * S, (90 - lat) * S];
}

/** [lon, lat] for a point of the plane. */
export function unproject(x, y) {
  return [x / S - 180, 90 - y / S];
}

/** SVG path data of a Polygon or MultiPolygon geometry (rings crossing the antimeridian drawn on both sides). */
export function pathData(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates]
    : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  let d = "";
  for (const rings of polygons) {
    for (const ring of rings) {
      const pts = unwrap(ring);
      const lons = pts.map((p) => p[0]);
      d += ringPath(pts, 0);
      if (Math.min(...lons) < -180) d += ringPath(pts, 360);
      if (Math.max(...lons) > 180) d += ringPath(pts, -360);
    }
  }
  return d;
}

/**
 * A ring with longitudes made continuous (no 360-degree jumps at the antimeridian). A ring that goes once
 * around the globe (Antarctica) is closed along its pole instead of by a line across the map.
 */
export function unwrap(ring) {
  if (!ring.length) return [];
  const out = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; i++) {
    const prev = out[i - 1][0];
    let lon = ring[i][0];
    while (lon - prev > 180) lon -= 360;
    while (lon - prev < -180) lon += 360;
    out.push([lon, ring[i][1]]);
  }
  const first = out[0], last = out[out.length - 1];
  if (Math.abs(last[0] - first[0]) > 180) {
    const pole = out.reduce((s, p) => s + p[1], 0) < 0 ? -90 : 90;
    out.push([last[0], pole], [first[0], pole]);
  }
  return out;
}

function ringPath(pts, shift) {
  let d = "";
  pts.forEach(([lon, lat], i) => {
    const [x, y] = project(lon + shift, lat);
    d += `${i ? "L" : "M"}${x.toFixed(1)} ${y.toFixed(1)}`;
  });
  return `${d}Z`;
}

/**
 * Group points whose screen positions lie within radius of a cluster's first point.
 * points: [{x, y, item}] in screen units; returns [{x, y, items}] with x, y the members' mean.
 */
export function cluster(points, radius) {
  const cells = new Map();
  const clusters = [];
  const key = (cx, cy) => `${cx},${cy}`;
  for (const p of points) {
    const cx = Math.floor(p.x / radius), cy = Math.floor(p.y / radius);
    let home = null;
    for (let dx = -1; dx <= 1 && !home; dx++) {
      for (let dy = -1; dy <= 1 && !home; dy++) {
        for (const c of cells.get(key(cx + dx, cy + dy)) || []) {
          if (Math.hypot(c.x0 - p.x, c.y0 - p.y) <= radius) { home = c; break; }
        }
      }
    }
    if (!home) {
      home = { x0: p.x, y0: p.y, sx: 0, sy: 0, items: [] };
      clusters.push(home);
      const k = key(cx, cy);
      cells.set(k, [...(cells.get(k) || []), home]);
    }
    home.items.push(p.item);
    home.sx += p.x;
    home.sy += p.y;
  }
  return clusters.map((c) => ({ x: c.sx / c.items.length, y: c.sy / c.items.length, items: c.items }));
}
