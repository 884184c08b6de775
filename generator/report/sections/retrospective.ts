// Retrospective: answers, the grid, lessons and the journal.
import { iso } from "../../i18n/translator.ts";
import type { Kit } from "./kit.ts";

export function retrospectiveSection(k: Kit) {
  const { v, t, has, head } = k;
  const rv = v.retrospective;
  const retroGroup = (g: {
    section: string;
    items: { item: string; answer: string | null; owner: string | null }[];
  }) => ({
    title: t.t(`retro.${g.section}`),
    cls: g.section,
    items: g.items.map((i) => ({
      item: i.item,
      answer: i.answer,
      owner: i.owner ? t.t("retro.owner", { owner: iso(i.owner) }) : null,
    })),
  });
  return has("retrospective")
    ? {
        ...head("retrospective"),
        answers: rv.answers.map(retroGroup),
        grid: rv.grid.map(retroGroup),
        learning: rv.learning.map(retroGroup),
        journalTitle: t.t("retro.journal"),
        journal: rv.journal.map((j) => ({
          date: t.date(j.date),
          type: j.type ?? "note",
          typeLabel: j.type ? t.t(`journal.${j.type}`) : null,
          note: j.note,
          impact: j.impact,
          impactLabel: t.t("retro.impact"),
        })),
        answersTitle: t.t("retro.answers_title"),
        gridTitle: t.t("retro.grid_title"),
        learningTitle: t.t("retro.learning_title"),
      }
    : null;
}
