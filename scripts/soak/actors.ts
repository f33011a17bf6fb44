import { readForm, type FormField } from "../bench/form";
import { send, type Client } from "./client";
import { acknowledge, type ChangeKind } from "./ledger";
import type { Actor, Draft, World } from "./world";

// The virtual users. Each reads the page a person would, and posts the form as rendered (the
// server action's own fields included), as a browser without JavaScript does. A change counts as
// acknowledged only when the action answered with its redirect back to the assessment.

export type Running = () => boolean;

const assessmentPath = (d: Draft) => `/platser/${encodeURIComponent(d.sceneRef)}/bedomningar/${d.year}`;

function tryReadForm(html: string, submit: { name: string; value: string }): FormField[] | null {
  try {
    return readForm(html, submit).fields;
  } catch {
    return null;
  }
}

async function post(client: Client, actor: Actor, draft: Draft, kind: ChangeKind, fields: FormField[]): Promise<void> {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  const page = assessmentPath(draft);
  // The action's own redirect back to the assessment: a redirect elsewhere (to the sign-in page,
  // with this page as its callback) is no acknowledgement.
  const answer = await send(client, kind, page, { method: "POST", body, headers: { cookie: actor.cookie } }, (a) => {
    return a.status === 303 && new URL(a.location, "http://soak").pathname === page;
  });
  if (answer) acknowledge(client.ledger, draft.id, kind);
}

async function readPage(client: Client, actor: Actor, draft: Draft): Promise<string | null> {
  const answer = await send(client, "form", assessmentPath(draft), { headers: { cookie: actor.cookie } }, (a) => a.status === 200);
  return answer?.body ?? null;
}

/** Saves drafts, and now and then submits one. */
export async function runAnalyst(client: Client, actor: Actor, drafts: Draft[], running: Running): Promise<void> {
  for (let turn = 0; running(); turn++) {
    const draft = drafts[turn % drafts.length]!;
    const html = await readPage(client, actor, draft);
    if (!html) continue;
    const submit = turn % 4 === 3;
    const fields = tryReadForm(html, { name: "intent", value: submit ? "submit" : "save" });
    // Submitted and waiting for the municipality: nothing to do here now.
    if (fields) await post(client, actor, draft, submit ? "submit" : "save", fields);
  }
}

/** Co-signs what was submitted, and returns one in five. */
export async function runRepresentative(client: Client, actor: Actor, drafts: Draft[], running: Running): Promise<void> {
  for (let turn = 0; running(); turn++) {
    const draft = drafts[turn % drafts.length]!;
    const html = await readPage(client, actor, draft);
    if (!html) continue;
    const decision = turn % 5 === 4 ? "return" : "cosign";
    const fields = tryReadForm(html, { name: "decision", value: decision });
    if (!fields) continue;
    const filled = fields.map(([name, value]): FormField => [
      name,
      name === "comment" && decision === "return" ? "Komplettera, tack." : value,
    ]);
    await post(client, actor, draft, decision, filled);
  }
}

/** The steering group: the dashboard and the statistics API, in turn. */
export async function runReader(client: Client, world: World, running: Running): Promise<void> {
  for (let turn = 0; running(); turn++) {
    if (turn % 2 === 0)
      await send(
        client,
        "dashboard",
        `/oversikt?ar=${world.year}`,
        { headers: { cookie: world.steering.cookie } },
        (a) => a.status === 200,
      );
    else
      await send(
        client,
        "api",
        `/api/v1/stats/${world.year}`,
        { headers: { authorization: `Bearer ${world.token}` } },
        (a) => a.status === 200,
      );
  }
}
