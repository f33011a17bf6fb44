import Link from "next/link";
import { messages } from "@/lib/i18n";

const t = messages.scenes;
const followUp = messages.outcomes.followUp;

/** The ways to change an active scene: edit, close, merge, split. `base` is the scene's path. */
export function SceneEditLinks({ base }: { base: string }) {
  const links = [
    { href: `${base}/redigera`, label: t.editScene },
    { href: `${base}/stang`, label: t.closeScene },
    { href: `${base}/sammanfoga`, label: t.mergeScene },
    { href: `${base}/dela`, label: t.splitScene },
  ];
  return (
    <ul className="mb-6 flex flex-wrap gap-3" aria-label={t.editScene}>
      {links.map(({ href, label }) => (
        <li key={href}>
          <Link href={href} className="inline-block rounded border border-slate-500 bg-white px-3 py-1.5 hover:bg-slate-100">
            {label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The scene's follow-up pages: indicators, interventions and the timeline. */
export function SceneFollowUpNav({ base }: { base: string }) {
  const links = [
    { href: `${base}/indikatorer`, label: followUp.links.indicators },
    { href: `${base}/insatser`, label: followUp.links.interventions },
    { href: `${base}/uppfoljning`, label: followUp.links.followUp },
  ];
  return (
    <nav aria-label={followUp.title} className="mb-6">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map(({ href, label }) => (
          <li key={href}>
            <Link href={href} className="text-blue-800 underline">
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
