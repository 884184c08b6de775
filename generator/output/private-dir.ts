// Per-user folders in the temp directory for what one run keeps for the next (the unpacked npm
// Chromium, compiled code): another user could plant files in a folder they can write to.
import { mkdirSync, statSync } from "node:fs";

/** This process's user id; 0 where the platform has none (Windows). */
export const userId = (): number => (typeof process.getuid === "function" ? process.getuid() : 0);

/**
 * Whether `dir` is a folder of this user's alone (owned, writable by no one else); with `make`,
 * made private first if missing. Any error reads as no.
 */
export function isPrivateDir(dir: string, make = false): boolean {
  try {
    if (make) mkdirSync(dir, { recursive: true, mode: 0o700 });
    const s = statSync(dir);
    return s.isDirectory() && s.uid === userId() && (s.mode & 0o022) === 0;
  } catch {
    return false;
  }
}
