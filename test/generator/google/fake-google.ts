// A stand-in for Google's Sheets, Drive and OAuth endpoints on 127.0.0.1, speaking
// the real URL shapes and JSON so the real @googleapis clients can talk to it.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FakeTab } from "../../fixtures/google/sample-sheet.ts";

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

/** A scripted failure: answers matching requests `times` times (default: always). */
export interface Fault {
  match: (r: Recorded) => boolean;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Never answer (for timeouts). */
  hang?: boolean;
  times?: number;
}

export interface Upload {
  metadata: { name?: string; parents?: string[]; mimeType?: string };
  mimeType: string;
  bytes: Buffer;
  query: URLSearchParams;
}

export interface Permission {
  fileId: string;
  body: { type?: string; role?: string; emailAddress?: string };
  query: URLSearchParams;
}

export interface FakeGoogle {
  /** `http://127.0.0.1:PORT/`, for POSTMORTEM_GOOGLE_API_ROOT. */
  url: string;
  requests: Recorded[];
  spreadsheets: Map<string, FakeTab[]>;
  /** A spreadsheet's own settings, over the default en_US / Europe/Berlin. */
  settings: Map<string, { locale?: string; timeZone?: string }>;
  /** Drive file ID → its parent folders. */
  parents: Map<string, string[]>;
  faults: Fault[];
  uploads: Upload[];
  permissions: Permission[];
  /** Access tokens the APIs accept; the token endpoint adds the ones it issues. */
  tokens: Set<string>;
  close(): Promise<void>;
}

const A1_COL = (n: number) => {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s || "A";
};

/** The API quotes a tab name in a returned range only when it must. */
const rangeName = (title: string) =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(title) ? title : `'${title.replace(/'/g, "''")}'`;

function unquote(range: string): string {
  const m = /^'((?:[^']|'')*)'(?:!.*)?$/.exec(range);
  if (m) return m[1]!.replace(/''/g, "'");
  return range.split("!")[0]!;
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=UTF-8", ...headers });
  res.end(JSON.stringify(body));
}

const apiError = (code: number, status: string, message: string) => ({ error: { code, message, status } });

function multipart(body: Buffer, contentType: string): { json: unknown; mimeType: string; bytes: Buffer } {
  const boundary = /boundary=([^;]+)/.exec(contentType)?.[1] ?? "";
  const parts: { headers: string; data: Buffer }[] = [];
  const sep = Buffer.from(`--${boundary}`);
  let at = body.indexOf(sep);
  while (at >= 0) {
    const start = at + sep.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    const next = body.indexOf(sep, start);
    const chunk = body.subarray(start + 2, next < 0 ? body.length : next - 2);
    const split = chunk.indexOf("\r\n\r\n");
    parts.push({ headers: chunk.subarray(0, split).toString(), data: chunk.subarray(split + 4) });
    at = next;
  }
  const meta = parts[0];
  const media = parts[1];
  return {
    json: meta ? JSON.parse(meta.data.toString()) : {},
    mimeType: /content-type:\s*([^\r\n]+)/i.exec(media?.headers ?? "")?.[1] ?? "",
    bytes: media?.data ?? Buffer.alloc(0),
  };
}

const colNumber = (letters: string) =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A sheet's size: at least the 1000 rows and 26 columns a new sheet has, and its values. */
const gridSize = (tab: FakeTab) => ({
  rows: Math.max(1000, tab.values.length),
  cols: Math.max(26, ...tab.values.map((row) => row.length)),
});

/**
 * `spreadsheets.get` with ranges (a whole tab, or `Tab!A1:B9`): each range as GridData with only
 * the parts the `fields` mask names, as the API gives them: `rowData` (a cell's links from the
 * tab's `links`, its number-format pattern from the tab's `formats`), `rowMetadata` (a row's hidden flags from the tab's `hidden`, `{}` for a row in view).
 */
function gridData(res: ServerResponse, tabs: FakeTab[], ranges: string[], fields: string) {
  const sheets = new Map<string, { properties: { title: string }; data: unknown[] }>();
  for (const range of ranges) {
    const tab = tabs.find((t) => t.title === unquote(range));
    const cells = /!([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    const whole =
      tab !== undefined && (range === tab.title || range === `'${tab.title.replace(/'/g, "''")}'`);
    if (!tab || (!cells && !whole))
      return json(res, 400, apiError(400, "INVALID_ARGUMENT", `Unable to parse range: ${range}`));
    const size = gridSize(tab);
    const [c1, r1, c2, r2] = cells
      ? [colNumber(cells[1]!), Number(cells[2]), colNumber(cells[3]!), Number(cells[4])]
      : [1, 1, size.cols, size.rows];
    const grid: Record<string, unknown> = {};
    // proto3 JSON leaves out zero fields, as the API does for a range starting at A1.
    if (r1 > 1) grid.startRow = r1 - 1;
    if (c1 > 1) grid.startColumn = c1 - 1;
    if (fields.includes("rowData")) {
      const wantLinks = fields.includes("hyperlink");
      const wantFormats = fields.includes("userEnteredFormat.numberFormat");
      const rowData = [];
      for (let r = r1; r <= r2; r++) {
        const values = [];
        for (let c = c1; c <= c2; c++) {
          const at = `${A1_COL(c)}${r}`;
          const pattern = wantFormats ? tab.formats?.[at] : undefined;
          values.push({
            ...(wantLinks ? tab.links?.[at] : {}),
            ...(pattern ? { userEnteredFormat: { numberFormat: { pattern } } } : {}),
          });
        }
        rowData.push({ values });
      }
      grid.rowData = rowData;
    }
    if (fields.includes("rowMetadata")) {
      const rowMetadata = [];
      for (let r = r1; r <= r2; r++) {
        const m: Record<string, boolean> = {};
        if (tab.hidden?.byUser?.includes(r)) m.hiddenByUser = true;
        if (tab.hidden?.byFilter?.includes(r)) m.hiddenByFilter = true;
        rowMetadata.push(m);
      }
      grid.rowMetadata = rowMetadata;
    }
    const sheet = sheets.get(tab.title) ?? { properties: { title: tab.title }, data: [] };
    sheet.data.push(grid);
    sheets.set(tab.title, sheet);
  }
  return json(res, 200, { sheets: [...sheets.values()] });
}

export async function startFakeGoogle(init: { tokens?: string[] } = {}): Promise<FakeGoogle> {
  const fake: Omit<FakeGoogle, "url" | "close"> = {
    requests: [],
    spreadsheets: new Map(),
    settings: new Map(),
    parents: new Map(),
    faults: [],
    uploads: [],
    permissions: [],
    tokens: new Set(init.tokens ?? []),
  };
  let issued = 0;
  const hanging = new Set<ServerResponse>();

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const r: Recorded = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks),
    };
    fake.requests.push(r);

    const fault = fake.faults.find((f) => f.match(r) && (f.times === undefined || f.times > 0));
    if (fault) {
      if (fault.times !== undefined) fault.times--;
      if (fault.hang) {
        hanging.add(res);
        return;
      }
      return json(
        res,
        fault.status ?? 500,
        fault.body ?? apiError(500, "INTERNAL", "Internal error"),
        fault.headers,
      );
    }

    // OAuth: consent page (redirects straight back), token, revoke.
    if (r.path === "/o/oauth2/v2/auth") {
      const back = new URL(url.searchParams.get("redirect_uri") ?? "");
      back.searchParams.set("code", "fake-auth-code");
      back.searchParams.set("state", url.searchParams.get("state") ?? "");
      res.writeHead(302, { location: back.href });
      return res.end();
    }
    if (r.path === "/token" && r.method === "POST") {
      const form = new URLSearchParams(r.body.toString());
      const grant = form.get("grant_type");
      const token = `ya29.fake-${grant?.replace(/\W/g, "")}-${++issued}`;
      fake.tokens.add(token);
      const body: Record<string, unknown> = { access_token: token, expires_in: 3599, token_type: "Bearer" };
      if (grant === "authorization_code") {
        body.refresh_token = "1//fake-refresh-token-0123456789abcdef";
        // An unsigned stand-in for Google's ID token: only its email claim is read.
        const claims = Buffer.from(JSON.stringify({ email: "maya@quillmoss.example" })).toString("base64url");
        body.id_token = `eyJhbGciOiJub25lIn0.${claims}.`;
      }
      return json(res, 200, body);
    }
    if (r.path === "/revoke") return json(res, 200, {});

    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!auth || !fake.tokens.has(auth))
      return json(
        res,
        401,
        apiError(401, "UNAUTHENTICATED", "Request had invalid authentication credentials."),
      );

    let m = /^\/v4\/spreadsheets\/([^/]+?)(\/values:batchGet)?$/.exec(r.path);
    if (m && r.method === "GET") {
      const tabs = fake.spreadsheets.get(decodeURIComponent(m[1]!));
      if (!tabs) return json(res, 404, apiError(404, "NOT_FOUND", "Requested entity was not found."));
      if (!m[2] && url.searchParams.has("ranges"))
        return gridData(res, tabs, url.searchParams.getAll("ranges"), url.searchParams.get("fields") ?? "");
      if (!m[2])
        return json(res, 200, {
          properties: {
            title: "Quillmoss Daybreak launch",
            locale: "en_US",
            timeZone: "Europe/Berlin",
            ...fake.settings.get(decodeURIComponent(m[1]!)),
          },
          sheets: tabs.map((t) => ({ properties: { title: t.title } })),
        });
      const valueRanges = [];
      for (const range of url.searchParams.getAll("ranges")) {
        const tab = tabs.find((t) => t.title === unquote(range));
        if (!tab) return json(res, 400, apiError(400, "INVALID_ARGUMENT", `Unable to parse range: ${range}`));
        const width = Math.max(1, ...tab.values.map((row) => row.length));
        const vr: Record<string, unknown> = {
          range: `${rangeName(tab.title)}!A1:${A1_COL(width)}${Math.max(1000, tab.values.length)}`,
          majorDimension: "ROWS",
        };
        if (tab.values.length > 0) vr.values = tab.values;
        valueRanges.push(vr);
      }
      return json(res, 200, { spreadsheetId: m[1], valueRanges });
    }

    m = /^\/drive\/v3\/files\/([^/]+)$/.exec(r.path);
    if (m && r.method === "GET") {
      const parents = fake.parents.get(m[1]!);
      if (!parents)
        return json(res, 404, {
          error: { code: 404, message: "File not found.", errors: [{ reason: "notFound" }] },
        });
      return json(res, 200, { parents });
    }
    if (r.path === "/upload/drive/v3/files" && r.method === "POST") {
      const part = multipart(r.body, req.headers["content-type"] ?? "");
      const metadata = part.json as Upload["metadata"];
      fake.uploads.push({ metadata, mimeType: part.mimeType, bytes: part.bytes, query: r.query });
      const id = `file${fake.uploads.length}`;
      return json(res, 200, {
        id,
        name: metadata.name,
        webViewLink: `https://drive.google.com/file/d/${id}/view?usp=drivesdk`,
      });
    }
    m = /^\/drive\/v3\/files\/([^/]+)\/permissions$/.exec(r.path);
    if (m && r.method === "POST") {
      fake.permissions.push({ fileId: m[1]!, body: JSON.parse(r.body.toString()), query: r.query });
      return json(res, 200, { id: `perm${fake.permissions.length}`, kind: "drive#permission" });
    }
    json(res, 404, apiError(404, "NOT_FOUND", `No route for ${r.method} ${r.path}`));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;
  return {
    ...fake,
    url: `http://127.0.0.1:${port}/`,
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}
