import { map as mapText } from "@/lib/i18n/sv/scenes";
import { SCENE_STATUSES } from "@/lib/scenes/status";
import { MARKER_OUTLINE, STATUS_COLOR } from "./status-style";

const t = mapText;

/** The map's key, as ordinary text below it, where screen readers and zoomed views find it. */
export function MapLegend({ shading }: { shading: boolean }) {
  return (
    <div className="flex flex-col gap-1 text-sm text-slate-700">
      <ul aria-label={t.legend} className="flex flex-wrap gap-x-5 gap-y-1">
        {SCENE_STATUSES.map((status) => (
          <li key={status} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block size-3.5 rounded-full border-2"
              style={{ backgroundColor: STATUS_COLOR[status], borderColor: MARKER_OUTLINE }}
            />
            {t.status[status]}
          </li>
        ))}
      </ul>
      {shading && <p>{t.shadingLegend}</p>}
    </div>
  );
}
