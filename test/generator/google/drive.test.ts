import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UsageError } from "../../../generator/errors.ts";
import { parseShareWith, uploadReport } from "../../../generator/google/drive.ts";
import { googleMessages } from "../../../generator/google/messages.ts";
import { type FakeGoogle, startFakeGoogle } from "./fake-google.ts";
import { isolatedEnv, SHEET_ID, TOKEN } from "./helpers.ts";

let fake: FakeGoogle;
let env: NodeJS.ProcessEnv;
let pdf: string;
let html: string;
// Every byte value, so a text-mangling upload would show.
const PDF_BYTES = Buffer.concat([
  Buffer.from("%PDF-1.7\n"),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
]);
const HTML_TEXT = "<!doctype html><title>Daybreak post-mortem</title>";

beforeEach(async () => {
  fake = await startFakeGoogle({ tokens: [TOKEN] });
  env = await isolatedEnv({ POSTMORTEM_GOOGLE_API_ROOT: fake.url, GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN });
  const dir = await mkdtemp(join(tmpdir(), "pm-drive-"));
  pdf = join(dir, "report.pdf");
  html = join(dir, "report.html");
  await writeFile(pdf, PDF_BYTES);
  await writeFile(html, HTML_TEXT);
});
afterEach(() => fake.close());

const notes: string[] = [];
const onNote = (s: string) => notes.push(s);

describe("uploadReport", () => {
  it("uploads PDF and HTML next to the sheet and shares both read-only, without e-mails", async () => {
    fake.parents.set(SHEET_ID, ["folderOfTheSheet"]);
    const res = await uploadReport({
      pdf,
      html,
      name: "daybreak-serum-launch",
      sheetId: SHEET_ID,
      shareWith: ["ceo@quillmoss.example", "cmo@quillmoss.example"],
      env,
      onNote,
    });
    expect(res.links).toEqual([
      {
        name: "daybreak-serum-launch.pdf",
        id: "file1",
        link: "https://drive.google.com/file/d/file1/view?usp=drivesdk",
      },
      {
        name: "daybreak-serum-launch.html",
        id: "file2",
        link: "https://drive.google.com/file/d/file2/view?usp=drivesdk",
      },
    ]);
    const [up1, up2] = fake.uploads;
    expect(up1!.bytes.equals(PDF_BYTES)).toBe(true);
    expect(up1!.mimeType).toBe("application/pdf");
    expect(up1!.metadata).toEqual({
      name: "daybreak-serum-launch.pdf",
      mimeType: "application/pdf",
      parents: ["folderOfTheSheet"],
    });
    expect(up1!.query.get("uploadType")).toBe("multipart");
    expect(up2!.bytes.toString()).toBe(HTML_TEXT);
    // 2 files × 2 people = 4 reader grants.
    expect(fake.permissions.map((p) => [p.fileId, p.body])).toEqual([
      ["file1", { type: "user", role: "reader", emailAddress: "ceo@quillmoss.example" }],
      ["file1", { type: "user", role: "reader", emailAddress: "cmo@quillmoss.example" }],
      ["file2", { type: "user", role: "reader", emailAddress: "ceo@quillmoss.example" }],
      ["file2", { type: "user", role: "reader", emailAddress: "cmo@quillmoss.example" }],
    ]);
    for (const p of fake.permissions) expect(p.query.get("sendNotificationEmail")).toBe("false");
  });

  it("puts the files into --folder without asking for the sheet's folder", async () => {
    await uploadReport({ pdf, name: "r", sheetId: SHEET_ID, folder: "chosenFolder", env, onNote });
    expect(fake.requests.some((r) => r.path.startsWith("/drive/v3/files/"))).toBe(false);
    expect(fake.uploads.map((u) => u.metadata.parents)).toEqual([["chosenFolder"]]);
    expect(fake.permissions).toHaveLength(0);
  });

  it("falls back to My Drive with a note when drive.file cannot see the sheet's folder", async () => {
    notes.length = 0;
    const res = await uploadReport({ pdf, name: "r", sheetId: SHEET_ID, env, onNote });
    expect(fake.uploads[0]!.metadata.parents).toBeUndefined();
    expect(notes).toEqual([googleMessages.noSheetFolder()]);
    expect(res.links).toHaveLength(1);
  });

  it("invites an address without a Google account by e-mail when Drive insists", async () => {
    notes.length = 0;
    fake.faults.push({
      match: (r) => r.path.endsWith("/permissions") && r.query.get("sendNotificationEmail") === "false",
      status: 400,
      body: { error: { code: 400, message: "Bad Request", errors: [{ reason: "invalidSharingRequest" }] } },
    });
    await uploadReport({ pdf, name: "r", folder: "f", shareWith: ["agency@example.org"], env, onNote });
    expect(fake.permissions.map((p) => p.query.get("sendNotificationEmail"))).toEqual(["true"]);
    expect(notes).toEqual([googleMessages.sharedByInvitation("agency@example.org")]);
  });

  it("names the folder when --folder does not exist", async () => {
    fake.faults.push({
      match: (r) => r.path.startsWith("/upload/"),
      status: 404,
      body: { error: { code: 404, message: "File not found: nope." } },
    });
    const err = await uploadReport({ pdf, name: "r", folder: "nope", env, onNote }).catch((e: unknown) => e);
    expect((err as Error).message).toBe(googleMessages.folderNotFound("nope"));
  });
});

describe("parseShareWith", () => {
  it("splits, trims and de-duplicates addresses", () => {
    expect(parseShareWith("a@x.com, b@y.org,a@x.com")).toEqual(["a@x.com", "b@y.org"]);
  });
  it("refuses what is not an address", () => {
    expect(() => parseShareWith("a@x.com,bob")).toThrow(new UsageError(googleMessages.badShareWith("bob")));
  });
});

describe("Drive refusals", () => {
  it("tells a service account without storage to use a shared-drive folder", async () => {
    fake.faults.push({
      match: (r) => r.path.startsWith("/upload/"),
      status: 403,
      body: {
        error: {
          code: 403,
          message: "Service Accounts do not have storage quota.",
          errors: [{ reason: "storageQuotaExceeded" }],
        },
      },
    });
    const err = await uploadReport({ pdf, name: "r", folder: "someFolder1", env, onNote }).catch(
      (e: unknown) => e,
    );
    expect((err as Error).message).toBe(googleMessages.storageQuota());
  });
});
