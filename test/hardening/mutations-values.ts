// Mutations of one cell's value (numbers and dates as people type them), for never-silent.test.ts.
import type { Mutation } from "./mutations.ts";

export const VALUE_MUTATIONS: Mutation[] = [];
