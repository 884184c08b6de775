// The templates, compiled ahead of time. The build (scripts/build-cli.js) replaces this module
// with what Handlebars.precompile made of every .hbs under templates/, keyed by its path there
// ("report/layout.hbs"), so the CLI as shipped never compiles a template nor loads the compiler.
// Run from the sources (tests, `npm run dev`) it is empty and templates compile when first used.
import type { TemplateSpecification } from "./handlebars.ts";

export const PRECOMPILED: Readonly<Record<string, TemplateSpecification>> | null = null;
