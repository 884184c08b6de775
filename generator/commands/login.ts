import type { Command } from "./command.ts";

const login: Command = {
  name: "login",
  summary: "sign in to Google so SOURCE can be a Google Sheets URL (--upload: also Drive)",
  usage: `Usage: postmortem login [--upload] [--client FILE] [--no-browser]

Signs in to Google in the browser and saves a token (readable only by you) in
$XDG_CONFIG_HOME/campaign-postmortem/token.json (~/.config/… by default).
Asks for read-only access to Sheets; --upload also for the Drive files this
tool creates (for \`postmortem report --upload\`).

The OAuth client: POSTMORTEM_OAUTH_CLIENT_ID and POSTMORTEM_OAUTH_CLIENT_SECRET,
or the client JSON of a "Desktop app" OAuth client (Cloud console → APIs &
Services → Credentials), passed with --client or saved as
~/.config/campaign-postmortem/client.json.

Options:
  --upload        also allow uploading reports to Drive (drive.file scope)
  --client FILE   the OAuth client JSON downloaded from the Cloud console
  --no-browser    only print the sign-in address
  -h, --help`,
  options: { upload: { type: "boolean" }, client: { type: "string" }, "no-browser": { type: "boolean" } },
  async run({ values }) {
    // The Google clients load only for the commands that talk to Google.
    const { login: signIn } = await import("../google/login.ts");
    await signIn({
      upload: values.upload === true,
      clientFile: values.client as string | undefined,
      ...(values["no-browser"] ? { openBrowser: () => {} } : {}),
    });
    return 0;
  },
};

export default login;
