/** The Company a deck's document properties carry: how a later run knows the file is ours to replace. */
export const DECK_COMPANY = "campaign-postmortem";
