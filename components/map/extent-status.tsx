import { map as mapText, scenes as scenesText } from "@/lib/i18n/sv/scenes";
import type { LatLng } from "@/lib/map/types";
import { checkExtent, computeAreaM2, formatArea, parseExtentPolygon } from "@/lib/scenes/geometry";

const t = scenesText;

type Props = {
  /** The extent field's text, drawn or typed. */
  text: string;
  /** The point the server measures the extent's distance from; null where it does not. */
  point: LatLng | null;
};

/**
 * The live line under a drawing map: the extent's area and, at once, why the server would refuse
 * it, by the server's own rules (checkExtent), not a copy of them.
 */
export function ExtentStatus({ text, point }: Props) {
  const trimmed = text.trim();
  const result = trimmed ? checkExtent(trimmed, point) : null;
  const polygon = result && !result.ok ? parseExtentPolygon(trimmed) : null;
  const area = result?.ok ? result.value.areaM2 : polygon ? computeAreaM2(polygon) : null;
  return (
    <div aria-live="polite" className="flex flex-col gap-1">
      <p data-testid="computed-area">
        <span className="font-medium">{t.computedArea}: </span>
        {area === null ? t.noArea : formatArea(area)}
      </p>
      {result && !result.ok && (
        <p className="font-medium text-red-800" data-testid="extent-problem">
          {mapText.extentRefused(result.error)}
        </p>
      )}
    </div>
  );
}
