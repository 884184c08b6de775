// Report options a command checks before anything heavy is loaded.

/** Where the creator and post tables go: their own `<slug>-data.pdf`, inside the report, or nowhere. */
export const APPENDIX_MODES = ["separate", "inline", "none"] as const;
export type AppendixMode = (typeof APPENDIX_MODES)[number];
