import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server on a loopback port (smtp-server), for the integration and end-to-end tests:
// the app sends through nodemailer as it would to the agencies' mail relay, and the test reads
// what arrived. STARTTLS is off: the package's built-in certificate has expired, and the app is
// configured with SMTP_TLS=off for it.

export type ReceivedMail = { to: string[]; subject: string; text: string; autoSubmitted: string | undefined };

export type TestSmtpServer = {
  /** Every message received, in order of arrival. */
  inbox: ReceivedMail[];
  /** The messages to one address. */
  to: (address: string) => ReceivedMail[];
  clear: () => void;
  close: () => Promise<void>;
};

function addresses(mail: ParsedMail): string[] {
  const to = mail.to === undefined ? [] : Array.isArray(mail.to) ? mail.to : [mail.to];
  return to.flatMap((group) => group.value.map((a) => a.address ?? ""));
}

function toReceived(mail: ParsedMail): ReceivedMail {
  const header = mail.headers.get("auto-submitted");
  return {
    to: addresses(mail),
    subject: mail.subject ?? "",
    text: mail.text ?? "",
    autoSubmitted: typeof header === "string" ? header : undefined,
  };
}

export async function startSmtpServer(port: number): Promise<TestSmtpServer> {
  const inbox: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          inbox.push(toReceived(mail));
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    inbox,
    to: (address) => inbox.filter((mail) => mail.to.includes(address)),
    clear: () => inbox.splice(0, inbox.length),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
