import pg from "pg";
import type { SaveTarget } from "./analyst";
import { readForm, type FormField } from "./form";
import { loadTest, timeSequential, type Summary } from "./measure";

// Assessment saves through the path a user without JavaScript takes: the assessment page's form,
// posted as it was rendered (the server action's own fields included) by the signed-in analyst.
// The action runs the whole write (scope, version, attribution, audit and whatever keeps the
// figures current) and answers 303 to the assessment's page. Every save is checked: its answer
// here, and at the end each draft's version in the database, one higher per save.

const WARMUP = 3;

export type SaveResult = { sequential: Summary; concurrent: Summary; saves: number };

type Draft = { target: SaveTarget; url: string; fields: FormField[]; version: number; saves: number };

async function loadDraft(origin: string, cookie: string, target: SaveTarget): Promise<Draft> {
  const url = `${origin}/platser/${encodeURIComponent(target.sceneRef)}/bedomningar/${target.year}`;
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`save: ${url} answered ${response.status} for the analyst`);
  const form = readForm(html, { name: "intent", value: "save" });
  const version = Number(form.fields.find(([name]) => name === "version")?.[1]);
  if (!Number.isInteger(version)) throw new Error(`save: the form at ${url} has no version`);
  return { target, url: new URL(form.action || url, url).toString(), fields: form.fields, version, saves: 0 };
}

/** What the form said when it refused: its alerts and field errors, as text. */
function describeRefusal(html: string): string {
  const alerts = [
    ...html.matchAll(/<(?:div|p|span|ul)\b[^>]*(?:role="alert"|id="[^"]*-error[^"]*")[^>]*>([\s\S]*?)<\/(?:div|p|span|ul)>/g),
  ].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  );
  return alerts.filter(Boolean).join(" | ").slice(0, 600) || html.slice(0, 300);
}

/** One save: the form as rendered, with the version the previous save left. Throws unless it saved. */
async function save(origin: string, cookie: string, draft: Draft): Promise<void> {
  const body = new FormData();
  for (const [name, value] of draft.fields) body.append(name, name === "version" ? String(draft.version + draft.saves) : value);
  // A browser's form POST sends its Origin: the server action's CSRF check compares it with the host.
  const response = await fetch(draft.url, { method: "POST", body, headers: { cookie, origin }, redirect: "manual" });
  const text = await response.text();
  const location = response.headers.get("location") ?? "";
  const page = `/platser/${encodeURIComponent(draft.target.sceneRef)}/bedomningar/${draft.target.year}`;
  if (response.status !== 303 || !location.includes(page))
    throw new Error(`save of ${draft.target.id} answered ${response.status} (location "${location}"): ${describeRefusal(text)}`);
  draft.saves++;
}

async function checkVersions(databaseUrl: string, drafts: Draft[]): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; version: number }>(`SELECT id, version FROM "Assessment" WHERE id = ANY($1)`, [
      drafts.map((d) => d.target.id),
    ]);
    const stored = new Map(rows.map((r) => [r.id, r.version]));
    for (const d of drafts) {
      if (stored.get(d.target.id) !== d.version + d.saves)
        throw new Error(`save: ${d.target.id} is at version ${stored.get(d.target.id)} in the database, ${d.version + d.saves} expected`);
    }
  } finally {
    await client.end();
  }
}

/** `sequential` saves one at a time on the first draft, then `clients` × `perClient`, each client on its own draft. */
export async function measureSaves(
  origin: string,
  databaseUrl: string,
  cookie: string,
  targets: SaveTarget[],
  options: { sequential: number; clients: number; perClient: number },
): Promise<SaveResult> {
  const drafts: Draft[] = [];
  for (const target of targets.slice(0, options.clients)) drafts.push(await loadDraft(origin, cookie, target));
  const first = drafts[0]!;
  const sequential = await timeSequential("POST assessment form (save)", options.sequential, WARMUP, () => save(origin, cookie, first));
  let next = 0;
  const concurrent = await loadTest(
    // Each client takes its own draft: `loadTest` calls the request of a client in turn.
    { name: "POST assessment form (save)", url: first.url, headers: {} },
    options.clients,
    options.perClient,
    () => {
      const draft = drafts[next++ % drafts.length]!;
      return async () => {
        await save(origin, cookie, draft);
        return { status: 200, bytes: 0, body: "" };
      };
    },
  );
  if (concurrent.errors > 0)
    throw new Error(
      `save: ${concurrent.errors} of ${concurrent.requests} concurrent saves failed, the first: ${String(concurrent.firstError)}`,
    );
  await checkVersions(databaseUrl, drafts);
  return { sequential, concurrent, saves: drafts.reduce((sum, d) => sum + d.saves, 0) };
}
