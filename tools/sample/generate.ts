// Regenerates the bundled sample campaigns (`npm run sample`): templates/sample/ and the two
// earlier seasons in templates/sample-earlier/. Deterministic: a run over unchanged
// parameters rewrites the same bytes.
import { fileURLToPath } from "node:url";
import { writeDaybreak } from "./daybreak.ts";
import { writeEarlierSeasons } from "./earlier.ts";

const templates = (dir: string) => fileURLToPath(new URL(`../../templates/${dir}`, import.meta.url));

writeEarlierSeasons(templates("sample-earlier"));
const { model } = writeDaybreak(templates("sample"));

const t = model.totals;
const roas = (n: number | null) => `${(n ?? 0).toFixed(2)}x`;
console.log(
  [
    `sample: ${t.creators} creators, ${t.content_pieces} posts, revenue ${Math.round(t.revenue ?? 0)}, ROAS ${roas(t.roas)}`,
    `ROAS by tier: ${model.groups.tier.map((g) => `${g.key} ${roas(g.roas)}`).join(", ")}`,
  ].join("\n"),
);
