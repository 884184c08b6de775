// Source → analysis, shared by every command.
import { type Analysis, analyze } from "../core/index.ts";
import { type LoadedSource, loadSource } from "./sources/index.ts";

export interface Loaded extends Analysis {
  source: LoadedSource;
}

export async function load(source: string | undefined): Promise<Loaded> {
  const src = await loadSource(source);
  return { ...analyze(src.workbook, src.read), source: src };
}
