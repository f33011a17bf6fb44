import { map as mapText } from "@/lib/i18n/sv/scenes";

/** Fills the map's sized box while the Leaflet code loads, so that the page does not jump. */
export function MapLoading() {
  return (
    <div className="flex h-full items-center justify-center rounded border border-slate-300 bg-slate-100 text-slate-700">
      {mapText.loading}
    </div>
  );
}
