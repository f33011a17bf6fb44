import { z } from "@/lib/forms/zod";
import { INDICATORS } from "./codes";

// What the audit log keeps of an indicator value. Logged on its scene (entityType "scene"), so it
// shows in the scene's history; the snapshot names the scene, year and indicator it is about.

export const indicatorSnapshotSchema = z.object({
  sceneRef: z.string(),
  year: z.number().int(),
  indicator: z.enum(INDICATORS),
  value: z.number(),
  source: z.string(),
  /** ISO days. */
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  sampleSize: z.number().int().nullable(),
});

export type IndicatorSnapshot = z.infer<typeof indicatorSnapshotSchema>;
