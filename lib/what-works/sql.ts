import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { countingSql, finalStatusSql } from "@/lib/stats/counting-where";
import { sceneScopeSql } from "@/lib/scenes/scope";
import type { Cut, WhatWorksFilters } from "./schemas";

// The difference-in-differences of docs/what-works.md as one statement per cut. An "episode" is a
// (group, scene, start year): a scene with three interventions of one type started in one year is
// one episode of that type. Everything is scoped by the scene's current attribution, the
// comparison scenes too: a representative compares their municipality's scenes with each other.

/** The interventions in scope with the group each belongs to under the cut. */
function interventionsSql(user: SessionUser, cut: Cut, { from, to }: WhatWorksFilters): Prisma.Sql {
  const years = Prisma.sql`${from === null ? Prisma.sql`TRUE` : Prisma.sql`EXTRACT(YEAR FROM v."startDate") >= ${from}`}
    AND ${to === null ? Prisma.sql`TRUE` : Prisma.sql`EXTRACT(YEAR FROM v."startDate") <= ${to}`}`;
  const base = Prisma.sql`
    SELECT v.id, v."sceneId", EXTRACT(YEAR FROM v."startDate")::int AS y0, v.effect, v.type, v.actor
    FROM "Intervention" v JOIN "Scene" s ON s.id = v."sceneId"
    WHERE ${sceneScopeSql(user)} AND ${years}`;
  if (cut === "type") return Prisma.sql`SELECT b.type AS key, b.id, b."sceneId", b.y0, b.effect FROM (${base}) b`;
  if (cut === "actor") return Prisma.sql`SELECT b.actor AS key, b.id, b."sceneId", b.y0, b.effect FROM (${base}) b`;
  // A combination is the set of actors working at one scene in one start year, when they are several.
  return Prisma.sql`
    SELECT c.key, b.id, b."sceneId", b.y0, b.effect FROM (${base}) b
    JOIN (
      SELECT "sceneId", y0, string_agg(DISTINCT actor, '+' ORDER BY actor) AS key
      FROM (${base}) x GROUP BY "sceneId", y0 HAVING COUNT(DISTINCT actor) >= 2
    ) c ON c."sceneId" = b."sceneId" AND c.y0 = b.y0`;
}

export type WhatWorksRaw = {
  key: string;
  interventions: bigint;
  scenes: bigint;
  positive: bigint;
  no_effect: bigint;
  negative: bigint;
  unclear: bigint;
  not_evaluated: bigint;
  measures:
    | {
        measure: string;
        t_scenes: number;
        t_before: number;
        t_after: number;
        t_change: number;
        c_scenes: number | null;
        c_before: number | null;
        c_after: number | null;
        c_change: number | null;
      }[]
    | null;
  ceased_t_scenes: bigint;
  ceased_t_share: number | null;
  ceased_c_scenes: bigint;
  ceased_c_share: number | null;
};

/**
 * One row per group: its interventions and judged effects, per measure the treated episodes'
 * before, after and change beside the comparison scenes' in the same start years (weighted by
 * the treated episodes), and the share that had ceased to count two years later. `latestYear` is
 * the latest complete year: a later year cannot tell whether a scene has ceased.
 */
export function whatWorksSql(user: SessionUser, cut: Cut, filters: WhatWorksFilters, latestYear: number): Prisma.Sql {
  const scope = sceneScopeSql(user);
  return Prisma.sql`
    WITH iv AS (${interventionsSql(user, cut, filters)}),
    ep AS (SELECT DISTINCT key, "sceneId", y0 FROM iv),
    starts AS (SELECT DISTINCT key, y0 FROM ep),
    counted AS (
      SELECT a."sceneId", a.year FROM "Assessment" a JOIN "Scene" s ON s.id = a."sceneId"
      WHERE ${countingSql()} AND ${scope}
        AND (a.year IN (SELECT y0 FROM starts) OR a.year IN (SELECT y0 + 2 FROM starts))
    ),
    -- Comparable: counted in the start year, without an episode of the same group within two years.
    ctl AS (
      SELECT st.key, st.y0, c."sceneId" FROM starts st JOIN counted c ON c.year = st.y0
      WHERE NOT EXISTS (
        SELECT 1 FROM ep e WHERE e.key = st.key AND e."sceneId" = c."sceneId" AND e.y0 BETWEEN st.y0 - 2 AND st.y0 + 2)
    ),
    pairs AS (SELECT "sceneId", y0 FROM ep UNION SELECT "sceneId", y0 FROM ctl),
    vals AS (
      SELECT i."sceneId", i.year, i.indicator AS measure, i.value FROM "SceneIndicator" i
      WHERE i."sceneId" IN (SELECT "sceneId" FROM pairs)
      UNION ALL
      SELECT a."sceneId", a.year, 'police_actions',
        CASE WHEN jsonb_typeof(a.answers -> 'police_actions') = 'array' AND jsonb_array_length(a.answers -> 'police_actions') > 0 THEN 1 ELSE 0 END
      FROM "Assessment" a WHERE ${finalStatusSql()} AND a."sceneId" IN (SELECT "sceneId" FROM pairs)
    ),
    -- The start year itself mixes before and after: left out, as on the scene's follow-up page.
    win AS (
      SELECT p."sceneId", p.y0, v.measure,
        AVG(v.value) FILTER (WHERE v.year < p.y0) AS before, AVG(v.value) FILTER (WHERE v.year > p.y0) AS after
      FROM pairs p JOIN vals v ON v."sceneId" = p."sceneId" AND v.year BETWEEN p.y0 - 2 AND p.y0 + 2 AND v.year <> p.y0
      GROUP BY p."sceneId", p.y0, v.measure
      HAVING COUNT(*) FILTER (WHERE v.year < p.y0) > 0 AND COUNT(*) FILTER (WHERE v.year > p.y0) > 0
    ),
    treated_ep AS (SELECT e.key, e."sceneId", e.y0, w.measure, w.before, w.after FROM ep e JOIN win w USING ("sceneId", y0)),
    ctl_year AS (
      SELECT c.key, c.y0, w.measure, AVG(w.before) AS before, AVG(w.after) AS after, AVG(w.after - w.before) AS change
      FROM ctl c JOIN win w USING ("sceneId", y0) GROUP BY c.key, c.y0, w.measure
    ),
    measures AS (
      SELECT t.key, t.measure, COUNT(DISTINCT t."sceneId") AS t_scenes,
        AVG(t.before) AS t_before, AVG(t.after) AS t_after, AVG(t.after - t.before) AS t_change,
        AVG(cy.before) AS c_before, AVG(cy.after) AS c_after, AVG(cy.change) AS c_change,
        (SELECT COUNT(DISTINCT c."sceneId") FROM ctl c JOIN win w USING ("sceneId", y0)
          WHERE c.key = t.key AND w.measure = t.measure
            AND c.y0 IN (SELECT t2.y0 FROM treated_ep t2 WHERE t2.key = t.key AND t2.measure = t.measure)) AS c_scenes
      FROM treated_ep t LEFT JOIN ctl_year cy ON cy.key = t.key AND cy.y0 = t.y0 AND cy.measure = t.measure
      GROUP BY t.key, t.measure
    ),
    ceased_t AS (
      SELECT e.key, e."sceneId", e.y0, NOT EXISTS (SELECT 1 FROM counted c WHERE c."sceneId" = e."sceneId" AND c.year = e.y0 + 2) AS ceased
      FROM ep e JOIN counted c0 ON c0."sceneId" = e."sceneId" AND c0.year = e.y0
      WHERE e.y0 + 2 <= ${latestYear}
    ),
    ceased_c AS (
      SELECT c.key, c.y0, COUNT(*) AS scenes,
        AVG(CASE WHEN NOT EXISTS (SELECT 1 FROM counted x WHERE x."sceneId" = c."sceneId" AND x.year = c.y0 + 2) THEN 1 ELSE 0 END) AS share
      FROM ctl c WHERE c.y0 + 2 <= ${latestYear} GROUP BY c.key, c.y0
    ),
    ceased AS (
      SELECT t.key, COUNT(DISTINCT t."sceneId") AS t_scenes, AVG(CASE WHEN t.ceased THEN 1 ELSE 0 END) AS t_share,
        AVG(cc.share) AS c_share,
        (SELECT COUNT(DISTINCT c."sceneId") FROM ctl c WHERE c.key = t.key AND c.y0 + 2 <= ${latestYear}
          AND c.y0 IN (SELECT t2.y0 FROM ceased_t t2 WHERE t2.key = t.key)) AS c_scenes
      FROM ceased_t t LEFT JOIN ceased_c cc ON cc.key = t.key AND cc.y0 = t.y0
      GROUP BY t.key
    ),
    groups AS (
      SELECT key, COUNT(*) AS interventions, COUNT(DISTINCT "sceneId") AS scenes,
        COUNT(*) FILTER (WHERE effect = 'positive') AS positive, COUNT(*) FILTER (WHERE effect = 'none') AS no_effect,
        COUNT(*) FILTER (WHERE effect = 'negative') AS negative, COUNT(*) FILTER (WHERE effect = 'unclear') AS unclear,
        COUNT(*) FILTER (WHERE effect IS NULL) AS not_evaluated
      FROM iv GROUP BY key
    )
    SELECT g.*,
      (SELECT json_agg(json_build_object('measure', m.measure, 't_scenes', m.t_scenes, 't_before', m.t_before, 't_after', m.t_after,
        't_change', m.t_change, 'c_scenes', m.c_scenes, 'c_before', m.c_before, 'c_after', m.c_after, 'c_change', m.c_change))
        FROM measures m WHERE m.key = g.key) AS measures,
      COALESCE(ce.t_scenes, 0) AS ceased_t_scenes, ce.t_share::float8 AS ceased_t_share,
      COALESCE(ce.c_scenes, 0) AS ceased_c_scenes, ce.c_share::float8 AS ceased_c_share
    FROM groups g LEFT JOIN ceased ce ON ce.key = g.key
    ORDER BY g.interventions DESC, g.key`;
}
