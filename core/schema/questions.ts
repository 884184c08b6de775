// The standard post-mortem questions that "Create campaign template" puts on the
// Retrospective tab, so every campaign is reviewed along the same lines.

export interface RetroQuestion {
  section: "collaboration" | "process" | "function" | "next_steps";
  item: string;
}

export const STANDARD_QUESTIONS: readonly RetroQuestion[] = [
  { section: "collaboration", item: "Which creators were easy to work with, and what made them so?" },
  {
    section: "collaboration",
    item: "Did the creators understand the brief and the brand's limits from the first draft?",
  },
  {
    section: "collaboration",
    item: "How did the team and the creators agree on deadlines, changes and payment, and where did that break down?",
  },
  { section: "collaboration", item: "Which creators would we hire again, on which terms?" },
  {
    section: "process",
    item: "Were the goals and KPIs set, written down and shared before the first contract?",
  },
  { section: "process", item: "Where did approvals, shipping or contracts wait longest, and why?" },
  { section: "process", item: "Was every creator tracked (discount code or tagged link) before posting?" },
  {
    section: "process",
    item: "Which decisions were made during the campaign, and what data were they based on?",
  },
  {
    section: "function",
    item: "Did we reach the goals we set? Which ones not, and what does the data say about why?",
  },
  { section: "function", item: "Which cooperation model, tier and platform paid back, and which did not?" },
  { section: "function", item: "Which content formats and messages drove engagement, clicks and sales?" },
  { section: "function", item: "Which products sold, and did the campaign reach the audience we intended?" },
  { section: "next_steps", item: "What do we stop, start, continue and change in the next campaign?" },
  { section: "next_steps", item: "Which content and creators go into the library and roster for next time?" },
  { section: "next_steps", item: "Who owns each follow-up, and by when?" },
];
