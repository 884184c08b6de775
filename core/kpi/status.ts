// What a creator's Status means for the figures.
import type { Status } from "../schema/enums.ts";

/** A declined creator never took part: listed with the rest, counted in no total, group, goal or roster. */
export const tookPart = (status: Status | string): boolean => status !== "declined";

const CONTRACTED: ReadonlySet<string> = new Set(["contracted", "shipped", "live", "completed"]);

/** A deal was signed (the team's "contracted" count). */
export const isContracted = (status: Status | string): boolean => CONTRACTED.has(status);
