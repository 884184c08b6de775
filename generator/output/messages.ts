// What the CLI says about output files (one sentence each).
export const outputMessages = {
  outside: (name: string, dir: string) =>
    `Refusing to write "${name}": it would land outside the --out folder "${dir}".`,
  outNotFolder: (dir: string) =>
    `--out "${dir}" is a file, not a folder; choose a folder to write the report into.`,
  cannotCreate: (dir: string, why: string) => `Cannot create the --out folder "${dir}": ${why}.`,
  isFolder: (file: string) =>
    `Cannot write "${file}": a folder of that name is in the way; move it or choose another --out.`,
  notRegular: (file: string) =>
    `Cannot write "${file}": something that is not a regular file (a link or a device) is in the way; move it or choose another --out.`,
  notOurs: (file: string) =>
    `"${file}" already exists and was not written by postmortem; pass --force to overwrite it or choose another --out.`,
  cannotWrite: (file: string, why: string) => `Cannot write "${file}": ${why}.`,
  stopped: (signal: string) =>
    `stopped by ${signal === "SIGINT" ? "Ctrl-C (SIGINT)" : signal}; files already written are complete, nothing half-written was left.`,
};
