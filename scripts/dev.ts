// `npm run dev -- <command> …`: the CLI straight from the TypeScript sources (tsx), no build,
// with the bin's own process handling.
process.env.POSTMORTEM_SOURCES = "1";
await import(new URL("../bin/postmortem.js", import.meta.url).href);
