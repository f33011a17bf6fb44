/** A value shown as a small framed label, coloured by `styles`: one class list (border, fill, text) per value. */
export function Badge<Value extends string>({ value, label, styles }: { value: Value; label: string; styles: Record<Value, string> }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${styles[value]}`}>{label}</span>;
}
