import { messages } from "@/lib/i18n";
import { formatArea } from "@/lib/scenes/geometry";
import type { SceneDetail } from "@/lib/scenes/queries";
import { StatusBadge } from "./status-badge";

const t = messages.scenes;

export function SceneDetails({ scene }: { scene: SceneDetail }) {
  const rows: [string, React.ReactNode][] = [
    [
      t.ref,
      <span key="ref" className="font-mono">
        {scene.ref}
      </span>,
    ],
    [t.status, <StatusBadge key="status" status={scene.status} />],
    [t.municipality, `${scene.municipality.name} (${scene.municipality.code})`],
    [t.policeArea, scene.policeArea.name],
    [t.district, scene.district?.name ?? "—"],
    [t.firstYear, scene.firstYear],
    [t.lastYear, scene.lastYear ?? "—"],
    [t.area, scene.areaM2 !== null ? formatArea(scene.areaM2) : t.noArea],
    [`${t.lat}, ${t.lng}`, `${scene.lat.toFixed(5)}, ${scene.lng.toFixed(5)}`],
  ];
  return (
    <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-2">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium">{label}</dt>
          <dd className="[overflow-wrap:anywhere]">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
