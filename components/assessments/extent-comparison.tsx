import { ExtentComparisonMap } from "@/components/map/extent-comparison-map";
import { CURRENT_OUTLINE, PREVIOUS_OUTLINE } from "@/components/map/extent-comparison-style";
import { compareAreas, formatAreaChange } from "@/lib/assessments/review";
import { messages } from "@/lib/i18n";
import type { LatLng, TileConfig } from "@/lib/map/types";
import { formatArea } from "@/lib/scenes/geometry";

const t = messages.review;

type YearExtent = { year: number; extent: GeoJSON.Polygon | null; areaM2: number | null };

type Props = { tiles: TileConfig; point: LatLng; current: YearExtent; previous: YearExtent | null };

function Swatch({ dashed, color, fill }: { dashed: boolean; color: string; fill?: string }) {
  return (
    <svg aria-hidden="true" width="36" height="16" viewBox="0 0 36 16" className="shrink-0">
      <rect
        x="2"
        y="2"
        width="32"
        height="12"
        fill={fill ?? "none"}
        fillOpacity={fill ? 0.25 : undefined}
        stroke={color}
        strokeWidth="3"
        strokeDasharray={dashed ? "8 6" : undefined}
      />
    </svg>
  );
}

const areaText = (area: number | null) => (area === null ? t.noArea : formatArea(area));

/**
 * What the co-signer is asked to stand behind: this year's extent on a map over the previous final
 * assessment's outline, with a key, and the same in words (both areas and the change).
 */
export function ExtentComparison({ tiles, point, current, previous }: Props) {
  const change = compareAreas(current, previous);
  const hasOutline = !!current.extent || !!previous?.extent;
  return (
    <section aria-labelledby="comparison-heading" className="flex flex-col gap-3 rounded border border-slate-300 bg-white p-5">
      <h2 id="comparison-heading">{t.comparisonTitle}</h2>
      {hasOutline ? (
        <ExtentComparisonMap
          tiles={tiles}
          point={point}
          current={current.extent}
          previous={previous?.extent ?? null}
          label={t.comparisonMapLabel(current.year, previous?.year ?? null)}
          describedBy="comparison-text"
        />
      ) : (
        <p>{t.noExtentAtAll}</p>
      )}
      <ul aria-label={t.legend} className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-800">
        <li className="flex items-center gap-2">
          <Swatch dashed={false} color={CURRENT_OUTLINE.color} fill={CURRENT_OUTLINE.fillColor} />
          {t.currentOutline(current.year)}
        </li>
        {previous && (
          <li className="flex items-center gap-2">
            <Swatch dashed color={PREVIOUS_OUTLINE.color} />
            {t.previousOutline(previous.year)}
          </li>
        )}
      </ul>
      <dl id="comparison-text" className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
        <dt className="font-medium">{t.areaIn(current.year)}</dt>
        <dd>{areaText(current.areaM2)}</dd>
        {previous && (
          <>
            <dt className="font-medium">{t.areaIn(previous.year)}</dt>
            <dd>{areaText(previous.areaM2)}</dd>
          </>
        )}
        {change && (
          <>
            <dt className="font-medium">{t.change}</dt>
            <dd>{formatAreaChange(change)}</dd>
          </>
        )}
      </dl>
      {!previous && <p className="text-slate-700">{t.noPrevious}</p>}
    </section>
  );
}
