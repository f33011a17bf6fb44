// Reads a server-rendered HTML form the way a browser without JavaScript submits it: its hidden
// inputs (React's server action fields among them), checked boxes, selected options and textareas,
// plus the pressed submit button. Enough for the markup React renders; not a general HTML parser.

export type FormField = [name: string, value: string];

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#")
      return String.fromCodePoint(code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

export function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const body = tag.replace(/^<[a-z]+/i, "").replace(/\/?>$/, "");
  for (const match of body.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
    attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ""));
  return attributes;
}

/** The form whose submit button has this name and value, as its fields in document order. */
export function readForm(html: string, submit: { name: string; value: string }): { action: string | null; fields: FormField[] } {
  for (const match of html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/gi)) {
    const form = match[0];
    const buttons = [...form.matchAll(/<button\b[^>]*>/gi)].map((b) => readAttributes(b[0]));
    if (!buttons.some((b) => b.get("name") === submit.name && b.get("value") === submit.value)) continue;
    const fields: FormField[] = [];
    const controls = /<input\b[^>]*>|<textarea\b[^>]*>([\s\S]*?)<\/textarea>|<select\b[^>]*>([\s\S]*?)<\/select>/gi;
    for (const control of form.matchAll(controls)) {
      const tag = control[0].match(/^<[^>]*>/)![0];
      const attributes = readAttributes(tag);
      const name = attributes.get("name");
      if (!name || attributes.has("disabled")) continue;
      if (/^<input/i.test(tag)) {
        const type = (attributes.get("type") ?? "text").toLowerCase();
        if (["submit", "button", "reset", "image", "file"].includes(type)) continue;
        if ((type === "checkbox" || type === "radio") && !attributes.has("checked")) continue;
        fields.push([name, attributes.get("value") ?? (type === "checkbox" || type === "radio" ? "on" : "")]);
      } else if (/^<textarea/i.test(tag)) {
        fields.push([name, decodeEntities(control[1] ?? "").replace(/^\r?\n/, "")]);
      } else {
        const options = [...(control[2] ?? "").matchAll(/<option\b[^>]*>([\s\S]*?)<\/option>/gi)].map((o) => {
          const a = readAttributes(o[0].match(/^<[^>]*>/)![0]);
          return { value: a.get("value") ?? decodeEntities(o[1]!).trim(), selected: a.has("selected"), disabled: a.has("disabled") };
        });
        const selected = options.filter((o) => o.selected);
        if (attributes.has("multiple")) for (const o of selected) fields.push([name, o.value]);
        else {
          const chosen = selected.at(-1) ?? options.find((o) => !o.disabled);
          if (chosen) fields.push([name, chosen.value]);
        }
      }
    }
    fields.push([submit.name, submit.value]);
    return { action: readAttributes(form.match(/^<form\b[^>]*>/i)![0]).get("action") ?? null, fields };
  }
  throw new Error(`no form with a button ${submit.name}=${submit.value} on the page`);
}
