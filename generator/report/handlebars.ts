// The Handlebars runtime: renders templates compiled ahead of time, without loading the
// compiler (the package's main module brings it, with its parser and a source-map library).
import type FullHandlebars from "handlebars";
import runtime from "handlebars/runtime.js";

/** Typed as the full package, of which the runtime is the part used here. */
export const Handlebars = runtime as unknown as typeof FullHandlebars;
export type TemplateDelegate = FullHandlebars.TemplateDelegate;
export type TemplateSpecification = ReturnType<typeof FullHandlebars.precompile>;

/** Handlebars' own HTML escaping, the one the templates' {{…}} apply. */
export const escapeHtml = (s: string): string => Handlebars.Utils.escapeExpression(s);
