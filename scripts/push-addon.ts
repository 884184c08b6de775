// npm run addon:push: build the add-on and `clasp push` it to the script named in .clasp.json.
// .clasp.json is each developer's own (not committed); without one, say how to make it.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildAddon } from "./build-addon.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Apps Script IDs are 57 characters of letters, digits, "-" and "_"; anything much shorter is a placeholder. */
const SCRIPT_ID = /^[A-Za-z0-9_-]{40,}$/;

const HOW =
  "  npm run addon:create             a new spreadsheet with the script bound to it\n" +
  "  npm run addon:create:standalone  a standalone script (needed for test deployments and the Marketplace)\n" +
  "  npm run addon:clone -- SCRIPT_ID an existing script (its ID is in the Apps Script editor, Project settings)\n" +
  "Each writes .clasp.json; then run npm run addon:push again. Step by step: addon/README.md.";

export const pushMessages = {
  noProject: () =>
    `There is no .clasp.json yet, so clasp does not know which script to push to. Make one:\n${HOW}`,
  badProject: (id: string) =>
    `.clasp.json names the script "${id}", which is not an Apps Script ID. Delete .clasp.json and make it again:\n${HOW}`,
};

/** The sentence that stops the push, or null when .clasp.json names a script. */
export function checkProject(dir = root): string | null {
  const file = join(dir, ".clasp.json");
  if (!existsSync(file)) return pushMessages.noProject();
  let id = "";
  try {
    id = String((JSON.parse(readFileSync(file, "utf8")) as { scriptId?: unknown }).scriptId ?? "");
  } catch {
    id = "";
  }
  return SCRIPT_ID.test(id) ? null : pushMessages.badProject(id);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problem = checkProject();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  const dir = await buildAddon();
  console.log(`Built ${dir}; pushing with clasp.`);
  const push = spawnSync("npx", ["clasp", "push"], { cwd: root, stdio: "inherit" });
  process.exit(push.status ?? 1);
}
