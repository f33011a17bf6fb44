import { readFile } from "node:fs/promises";
import { disconnectDb } from "@/lib/db";
import { messages } from "@/lib/i18n";

// The one pattern of the app's commands (README: "Bulk import", "Outcome indicators (CSV)",
// tokens, users, boundaries): read the input, print every error to stderr, and exit with
// 0 when done, 1 when the input was refused (nothing written) and 2 on wrong usage. An
// unexpected error is printed and exits with 1.

export const EXIT = { done: 0, refused: 1, usage: 2 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Runs a command on the process's arguments (without npm's `--`) and closes the database after it. */
export function runCommand(main: (args: string[]) => Promise<ExitCode>): void {
  main(process.argv.slice(2).filter((arg) => arg !== "--"))
    .then((code) => (process.exitCode = code))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = EXIT.refused;
    })
    .finally(() => disconnectDb());
}

/** Prints what the command did. */
export function done(...lines: string[]): ExitCode {
  for (const line of lines) console.log(line);
  return EXIT.done;
}

/** Prints why the input was refused: a title, if any, then every error on a line of its own. */
export function refused(errors: string[], title?: string): ExitCode {
  if (title) console.error(title);
  for (const error of errors) console.error(error);
  return EXIT.refused;
}

export function wrongUsage(usage: string): ExitCode {
  console.error(usage);
  return EXIT.usage;
}

type Errors = { fieldErrors?: Record<string, string[] | undefined>; formError?: string };

/** A form's errors as lines `field: message`, naming each field as the operator typed it (`labels`). */
export function errorLines({ fieldErrors = {}, formError }: Errors, labels: Record<string, string> = {}): string[] {
  const lines = Object.entries(fieldErrors).map(([field, errors]) => `${labels[field] ?? field}: ${errors?.join(" ")}`);
  return formError ? [...lines, formError] : lines;
}

/** The one file a file command takes: null unless exactly one argument, not an option, was given. */
export function fileArgument(args: string[]): string | null {
  const [file, ...rest] = args;
  return file && rest.length === 0 && !file.startsWith("-") ? file : null;
}

/** A file's text, or the reason it cannot be read, in Swedish. */
export async function readTextFile(file: string): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  try {
    return { ok: true, text: await readFile(file, "utf8") };
  } catch (error) {
    return { ok: false, error: messages.import.cannotRead(file, error instanceof Error ? error.message : String(error)) };
  }
}

type FileInput = { file: string; text: string };

/** A command that reads one file: wrong usage without exactly one, refused when it cannot be read. */
export function runFileCommand(usage: string, run: (input: FileInput) => Promise<ExitCode>): void {
  runCommand(async (args) => {
    const file = fileArgument(args);
    if (!file) return wrongUsage(usage);
    const read = await readTextFile(file);
    return read.ok ? run({ file, text: read.text }) : refused([read.error]);
  });
}
