import Link from "next/link";
import { messages } from "@/lib/i18n";
import type { LineageEntry } from "@/lib/scenes/lineage";

const t = messages.scenes;

/** Where the scene came from and went: linked when the other scene is in the user's scope. */
export function SceneLineage({ entries }: { entries: LineageEntry[] }) {
  if (entries.length === 0) return <p>{t.noLineage}</p>;
  return (
    <ul className="list-disc pl-6">
      {entries.map((entry, i) => (
        <li key={i}>
          {entry.label} ({entry.year}):{" "}
          {entry.scene ? (
            <Link href={`/platser/${encodeURIComponent(entry.scene.ref)}`} className="text-blue-800 underline">
              {entry.scene.name} ({entry.scene.ref})
            </Link>
          ) : (
            t.outOfScope
          )}
        </li>
      ))}
    </ul>
  );
}
