-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "extentSimplified" JSONB;

-- CreateTable
CREATE TABLE "StatsGeneration" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "generation" BIGINT NOT NULL,
    "lastTxid" BIGINT NOT NULL,

    CONSTRAINT "StatsGeneration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatsCache" (
    "key" TEXT NOT NULL,
    "generation" BIGINT NOT NULL,
    "payload" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatsCache_pkey" PRIMARY KEY ("key")
);

-- The generation of the data behind the figures (docs/decisions/0016-figures-computed-once-per-change.md).
-- A sequence gives each new generation: its numbers never repeat, not even after the row is
-- truncated, so a cached figure can never be taken for one of a later generation.
CREATE SEQUENCE "stats_generation_seq";
INSERT INTO "StatsGeneration" ("id", "generation", "lastTxid") VALUES (1, nextval('stats_generation_seq'), 0);

-- Moves the generation on, once per transaction. Run as a deferred constraint trigger it takes the
-- row's lock at commit, after every other lock of the transaction: no deadlock with scene locks, and
-- the lock is held only for the commit itself.
CREATE FUNCTION "stats_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "StatsGeneration" AS g ("id", "generation", "lastTxid")
  VALUES (1, nextval('stats_generation_seq'), txid_current())
  ON CONFLICT ("id") DO UPDATE SET "generation" = EXCLUDED."generation", "lastTxid" = EXCLUDED."lastTxid"
  WHERE g."lastTxid" <> EXCLUDED."lastTxid";
  RETURN NULL;
END $$;

-- Assessments count only in a final status: a draft saved, or a draft created, changes no figure.
CREATE CONSTRAINT TRIGGER "stats_assessment_insert" AFTER INSERT ON "Assessment" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW."status" IN ('SUBMITTED', 'COSIGNED')) EXECUTE FUNCTION "stats_changed"();
CREATE CONSTRAINT TRIGGER "stats_assessment_update" AFTER UPDATE ON "Assessment" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD."status" IN ('SUBMITTED', 'COSIGNED') OR NEW."status" IN ('SUBMITTED', 'COSIGNED'))
  EXECUTE FUNCTION "stats_changed"();
CREATE CONSTRAINT TRIGGER "stats_assessment_delete" AFTER DELETE ON "Assessment" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD."status" IN ('SUBMITTED', 'COSIGNED')) EXECUTE FUNCTION "stats_changed"();

-- A scene's place, years and state decide the scope and the scenes followed; its name and point
-- are on the map. Its description, version and timestamps change nothing shown.
CREATE CONSTRAINT TRIGGER "stats_scene_insert_delete" AFTER INSERT OR DELETE ON "Scene" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "stats_changed"();
CREATE CONSTRAINT TRIGGER "stats_scene_update" AFTER UPDATE ON "Scene" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (
    (OLD."municipalityCode", OLD."policeAreaId", OLD."districtId", OLD."firstYear", OLD."lastYear", OLD."status", OLD."name", OLD."ref", OLD."number", OLD."lat", OLD."lng")
    IS DISTINCT FROM
    (NEW."municipalityCode", NEW."policeAreaId", NEW."districtId", NEW."firstYear", NEW."lastYear", NEW."status", NEW."name", NEW."ref", NEW."number", NEW."lat", NEW."lng"))
  EXECUTE FUNCTION "stats_changed"();

-- Every other table the figures read: any change.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['SceneIndicator', 'Intervention', 'AssessmentRound', 'Municipality', 'PoliceDistrict', 'PoliceArea', 'District'] LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "stats_changed"()', 'stats_' || t, t);
  END LOOP;
  -- TRUNCATE has no row triggers: one per statement (tests and imports empty tables this way).
  FOREACH t IN ARRAY ARRAY['Assessment', 'Scene', 'SceneIndicator', 'Intervention', 'AssessmentRound', 'Municipality', 'PoliceDistrict', 'PoliceArea', 'District'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "stats_changed"()', 'stats_truncate_' || t, t);
  END LOOP;
END $$;

-- The extent as maps draw it (GeoJSON Polygon): each ring's coordinates rounded to 5 decimals
-- (about a metre) and a point dropped when it lies within two metres of the last one kept; a ring
-- keeps at least four points and stays closed. Computed on write, so no request simplifies.
CREATE FUNCTION "simplify_extent"(extent jsonb) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  ring jsonb;
  rings jsonb := '[]'::jsonb;
  kept jsonb;
  n int;
  x numeric; y numeric; lx numeric; ly numeric;
  k float8;
BEGIN
  IF extent IS NULL OR jsonb_typeof(extent -> 'coordinates') IS DISTINCT FROM 'array' THEN RETURN NULL; END IF;
  FOR ring IN SELECT value FROM jsonb_array_elements(extent -> 'coordinates') LOOP
    n := jsonb_array_length(ring);
    kept := '[]'::jsonb;
    FOR i IN 0 .. n - 1 LOOP
      x := round((ring -> i ->> 0)::numeric, 5);
      y := round((ring -> i ->> 1)::numeric, 5);
      -- Metres per degree: 111 320 north-south, times cos(latitude) east-west.
      k := cos(radians(y::float8));
      IF i = 0 OR i = n - 1 OR n - i + jsonb_array_length(kept) <= 4
         OR sqrt(((x - lx)::float8 * k) ^ 2 + ((y - ly)::float8) ^ 2) * 111320 >= 2 THEN
        kept := kept || jsonb_build_array(jsonb_build_array(x, y));
        lx := x; ly := y;
      END IF;
    END LOOP;
    rings := rings || jsonb_build_array(kept);
  END LOOP;
  RETURN jsonb_build_object('type', 'Polygon', 'coordinates', rings);
END $$;

CREATE FUNCTION "assessment_simplify_extent"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."extentSimplified" := "simplify_extent"(NEW."extent");
  RETURN NEW;
END $$;

CREATE TRIGGER "assessment_extent_simplified" BEFORE INSERT OR UPDATE OF "extent" ON "Assessment"
  FOR EACH ROW EXECUTE FUNCTION "assessment_simplify_extent"();

UPDATE "Assessment" SET "extentSimplified" = "simplify_extent"("extent") WHERE "extent" IS NOT NULL;
