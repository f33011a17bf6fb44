import { SceneMap } from "@/components/map/scene-map";
import { messages } from "@/lib/i18n";
import type { TileConfig } from "@/lib/map/types";
import type { SceneDetail } from "@/lib/scenes/queries";

/** One scene on the map: its point and extent, for its own page. */
export function SceneLocation({ scene, tiles }: { scene: SceneDetail; tiles: TileConfig }) {
  const { id, ref, name, status, lat, lng, extent, areaM2 } = scene;
  const mapScene = {
    id,
    ref,
    name,
    status,
    lat,
    lng,
    extent,
    areaM2,
    municipalityName: scene.municipality.name,
    policeAreaName: scene.policeArea.name,
  };
  return <SceneMap label={messages.scenes.mapLabel} height="24rem" tiles={tiles} scenes={[mapScene]} />;
}
