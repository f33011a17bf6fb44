import Link from "next/link";
import { map as mapText } from "@/lib/i18n/sv/scenes";
import type { MapScene } from "@/lib/map/types";

const t = mapText;

// Divs, not paragraphs: Leaflet's unlayered stylesheet gives popup paragraphs wide margins that
// Tailwind's layered utilities cannot override.
export function ScenePopup({ scene }: { scene: MapScene }) {
  const rows: [string, string][] = [
    [t.ref, scene.ref],
    [t.statusLabel, t.status[scene.status]],
    [t.municipality, scene.municipalityName],
    [t.policeArea, scene.policeAreaName],
    [t.area, scene.areaM2 === null ? t.noArea : t.areaM2(scene.areaM2)],
  ];
  return (
    <div className="flex min-w-44 flex-col gap-1.5 text-sm text-slate-900">
      <div className="text-base font-semibold">{scene.name}</div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-600">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <Link href={`/platser/${encodeURIComponent(scene.ref)}`} className="font-medium underline">
        {t.showScene}
      </Link>
    </div>
  );
}
