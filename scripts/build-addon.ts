// npm run addon:build: addon/ + core/ → build/addon (Code.js, appsscript.json, sidebar.html), the rootDir of .clasp.json.
// .clasp.json is not committed: `npm run addon:create` or `addon:clone` writes it (addon/README.md).
// `-- --with-roster-import` adds the Import roster menu item and the full spreadsheets scope it needs.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { BUNDLE_GLOBAL, PUBLIC } from "../addon/public.ts";
import { readSample, SAMPLE_DIR } from "../addon/sample.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The rootDir the `addon:create` and `addon:clone` scripts give clasp. */
export const DEFAULT_ROOT = "build/addon";

export const SCOPES = [
  "https://www.googleapis.com/auth/spreadsheets.currentonly",
  "https://www.googleapis.com/auth/script.container.ui",
];

/** SpreadsheetApp.openByUrl (Import roster) is only allowed with this scope: every spreadsheet of the user. */
export const ROSTER_IMPORT_SCOPE = "https://www.googleapis.com/auth/spreadsheets";

export interface BuildOptions {
  /** Show Import roster and ask for ROSTER_IMPORT_SCOPE (off by default: least privilege). */
  rosterImport?: boolean;
}

/** Top-level functions Apps Script can see; each delegates to the bundle. */
export function stubs(): string {
  return Object.entries(PUBLIC)
    .map(([name, entry]) => {
      const params = entry.params.join(", ");
      let doc = "";
      if (entry.kind === "custom") {
        const optional: readonly string[] = "optional" in entry ? entry.optional : [];
        const help = entry.help as Readonly<Record<string, string>>;
        const lines = [
          entry.summary,
          "",
          ...entry.params.map(
            (p) => `@param {number|number[][]${optional.includes(p) ? "=" : ""}} ${p} ${help[p] ?? ""}`,
          ),
          `@return ${entry.returns}`,
          "@customfunction",
        ];
        doc = `/**\n${lines.map((l) => ` * ${l}`.trimEnd()).join("\n")}\n */\n`;
      }
      return `${doc}function ${name}(${params}) {\n  return ${BUNDLE_GLOBAL}.HANDLERS.${name}(${params});\n}\n`;
    })
    .join("\n");
}

/** addon/sample.ts reads templates/sample/*.csv under Node; the bundle gets the parsed values inlined instead. */
const inlineSample: Plugin = {
  name: "inline-sample",
  setup(b) {
    b.onLoad({ filter: /[\\/]addon[\\/]sample\.ts$/ }, () => ({
      contents: `export const SAMPLE = ${JSON.stringify(readSample(SAMPLE_DIR))};\n`,
      loader: "js",
    }));
  },
};

export async function buildAddon(
  outDir = join(root, readClaspRoot()),
  opts: BuildOptions = {},
): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: [join(root, "addon/main.ts")],
    bundle: true,
    format: "iife",
    globalName: BUNDLE_GLOBAL,
    target: "es2020",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    legalComments: "none",
    define: { __ROSTER_IMPORT__: opts.rosterImport ? "true" : "false" },
    logLevel: "warning",
    plugins: [inlineSample],
  });
  const code = result.outputFiles[0]?.text ?? "";
  // esbuild's IIFE is `var X = (() => …)()`: a global in Apps Script's shared scope.
  writeFileSync(join(outDir, "Code.js"), `${code}\n${stubs()}`);
  const manifest = {
    timeZone: "Etc/UTC",
    runtimeVersion: "V8",
    exceptionLogging: "STACKDRIVER",
    oauthScopes: opts.rosterImport ? [...SCOPES, ROSTER_IMPORT_SCOPE] : SCOPES,
  };
  writeFileSync(join(outDir, "appsscript.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  copyFileSync(join(root, "addon/sidebar.html"), join(outDir, "sidebar.html"));
  return outDir;
}

/** Where clasp pushes from: `.clasp.json`'s rootDir once the script exists, build/addon before. */
export function readClaspRoot(dir = root): string {
  const file = join(dir, ".clasp.json");
  if (!existsSync(file)) return DEFAULT_ROOT;
  const clasp = JSON.parse(readFileSync(file, "utf8")) as { rootDir?: string };
  return clasp.rootDir ?? DEFAULT_ROOT;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rosterImport = process.argv.includes("--with-roster-import");
  const dir = await buildAddon(undefined, { rosterImport });
  const size = readFileSync(join(dir, "Code.js")).length;
  console.log(
    `${dir}: Code.js ${(size / 1024).toFixed(0)} KiB, appsscript.json${rosterImport ? " (with the full spreadsheets scope for Import roster)" : ""}, sidebar.html`,
  );
}
