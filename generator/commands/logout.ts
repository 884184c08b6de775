import type { Command } from "./command.ts";
import { googleMessages } from "../google/messages.ts";

const logout: Command = {
  name: "logout",
  summary: "forget the Google sign-in saved by `postmortem login`",
  usage: `Usage: postmortem logout

Deletes the token saved by \`postmortem login\` and asks Google to revoke it.

Options:
  -h, --help`,
  options: {},
  async run() {
    const { logout: signOut } = await import("../google/login.ts");
    const { path, removed } = await signOut();
    process.stderr.write(`${removed ? googleMessages.loggedOut(path) : googleMessages.notLoggedIn(path)}\n`);
    return 0;
  },
};

export default logout;
