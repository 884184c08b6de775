// The add-on's set-up from a fresh clone: the commands its README gives exist, no placeholder
// script ID is committed, and `npm run addon:push` says what to do when there is no project yet.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { say, TITLE } from "../../addon/messages.ts";
import { DEFAULT_ROOT, readClaspRoot } from "../../scripts/build-addon.ts";
import { checkProject, pushMessages } from "../../scripts/push-addon.ts";

const root = new URL("../../", import.meta.url);
const text = (path: string) => readFileSync(new URL(path, root), "utf8");
const addonReadme = text("addon/README.md");
const mainReadme = text("README.md");
const scripts = (JSON.parse(text("package.json")) as { scripts: Record<string, string> }).scripts;

/** clasp's command names and aliases, from its sources (`new Command('create-script').alias('create')`). */
function claspCommands(): Set<string> {
  const dir = new URL("node_modules/@google/clasp/build/src/commands/", root);
  const names = new Set<string>();
  for (const f of readdirSync(dir)) {
    const src = readFileSync(new URL(f, dir), "utf8");
    for (const m of src.matchAll(/new Command\('([\w-]+)'\)(?:\s*\.alias\('([\w-]+)'\))?/g)) {
      names.add(m[1]!);
      if (m[2]) names.add(m[2]);
    }
  }
  return names;
}

describe("the add-on README's commands", () => {
  it("every `npm run X` in addon/README.md and the main README is a package.json script", () => {
    const used = [...`${addonReadme}\n${mainReadme}`.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(used).toContain("addon:create");
    expect(used).toContain("addon:clone");
    expect(used).toContain("addon:push");
    for (const name of new Set(used)) expect(Object.keys(scripts), name).toContain(name);
  });

  it("every clasp command it and the scripts name is one clasp 3 has", () => {
    const known = claspCommands();
    // Commands in backticks in the README, and the package.json scripts.
    const used = [
      ...[...addonReadme.matchAll(/`(?:npx )?clasp ([a-z][\w-]*)/g)].map((m) => m[1]!),
      ...[
        ...Object.values(scripts)
          .join("\n")
          .matchAll(/\bclasp ([a-z][\w-]*)/g),
      ].map((m) => m[1]!),
    ];
    expect(used).toEqual(expect.arrayContaining(["create", "clone", "push", "login", "open-script"]));
    for (const c of new Set(used)) expect([...known], c).toContain(c);
  });

  it("create and clone put the project where the build writes, and name the menu as the add-on does", () => {
    for (const s of ["addon:create", "addon:create:standalone", "addon:clone"])
      expect(scripts[s]).toContain(`--rootDir ${DEFAULT_ROOT}`);
    expect(scripts["addon:create"]).toContain(`--type sheets --title "${TITLE}"`);
    expect(addonReadme).toContain(`**Extensions → ${TITLE}**`);
  });

  it("lists the menu's items by the names the menu shows", () => {
    const { importRoster: _optional, ...menu } = say.menu;
    for (const caption of Object.values(menu)) expect(addonReadme).toContain(caption);
  });

  it("is where the main README points", () => {
    expect(mainReadme).toContain("[addon/README.md](addon/README.md)");
  });

  it("justifies every scope of the manifest", async () => {
    const { SCOPES } = await import("../../scripts/build-addon.ts");
    for (const scope of SCOPES) expect(addonReadme).toContain(`| \`${scope}\` |`);
  });
});

describe("the clasp project file", () => {
  it("is not committed, is ignored, and the example names no script", () => {
    const tracked = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" }).split("\n");
    expect(tracked.filter((f) => /(^|\/)\.clasp\.json$/.test(f))).toEqual([]);
    expect(text(".gitignore").split("\n")).toContain(".clasp.json");
    const example = JSON.parse(text(".clasp.example.json")) as { scriptId: string; rootDir: string };
    expect(example).toEqual({ scriptId: "", rootDir: DEFAULT_ROOT });
  });

  it("addon:push stops with the set-up commands when it is missing or names no real script", () => {
    const dir = mkdtempSync(join(tmpdir(), "clasp-"));
    expect(checkProject(dir)).toBe(pushMessages.noProject());
    expect(pushMessages.noProject()).toContain("npm run addon:create");
    expect(pushMessages.noProject()).toContain("npm run addon:clone -- SCRIPT_ID");
    expect(readClaspRoot(dir)).toBe(DEFAULT_ROOT);
    const file = join(dir, ".clasp.json");
    writeFileSync(file, JSON.stringify({ scriptId: "PUT-YOUR-SCRIPT-ID-HERE", rootDir: "out/addon" }));
    expect(checkProject(dir)).toBe(pushMessages.badProject("PUT-YOUR-SCRIPT-ID-HERE"));
    expect(readClaspRoot(dir)).toBe("out/addon");
    // The shape of a real ID: 57 letters, digits, "-" and "_".
    writeFileSync(file, JSON.stringify({ scriptId: `1${"aB3_-x".repeat(9)}Qz`, rootDir: DEFAULT_ROOT }));
    expect(checkProject(dir)).toBeNull();
  });
});
