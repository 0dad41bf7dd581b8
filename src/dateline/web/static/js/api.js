// The API client: JSON in and out, the error envelope turned into ApiError, the token from localStorage.

const TOKEN_KEY = "dateline.token";

export class ApiError extends Error {
  constructor(status, body) {
    const err = (body && body.error) || {};
    super(err.message || `HTTP ${status}`);
    this.status = status;
    this.code = err.code || `E_HTTP_${status}`;
    this.details = err;
  }
}

export function getToken() {
  return localStorage.getItem(TOKEN_KEY) || "";
}

export function setToken(token) {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

/** GET path with query parameters (arrays repeat the key; empty values are left out). */
export async function get(path, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const one of Array.isArray(v) ? v : [v]) {
      if (one !== null && one !== undefined && one !== "") qs.append(k, one);
    }
  }
  const query = qs.toString();
  return request(query ? `${path}?${query}` : path, { method: "GET" });
}

/** POST a JSON body; withToken adds the Authorization header. */
export async function post(path, body, withToken = false) {
  const headers = { "Content-Type": "application/json" };
  if (withToken && getToken()) headers.Authorization = `Bearer ${getToken()}`;
  return request(path, { method: "POST", headers, body: JSON.stringify(body) });
}

async function request(url, init) {
  const response = await fetch(url, { ...init, credentials: "same-origin" });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

let health = null;

/** The largest page the server returns (from /api/health, asked once). */
export async function maxPage() {
  if (!health) health = await get("/api/health");
  return health.max_page;
}
