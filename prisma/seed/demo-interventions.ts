import type { Effect, InterventionActor, InterventionType } from "@/lib/interventions/codes";
import { outreachAndOthers } from "./demo-interventions-outreach";

// The demo's interventions, chosen so that "Vad fungerar" has every case to show (issue 15).
// Most start in 2023, with indicators two years either side (prisma/seed/demo-outcomes.ts):
// - situational prevention at six scenes, where violent crime and the unsafe share then fell
//   clearly more than at the other counted scenes;
// - social outreach at six scenes, which changed about as much as the comparable scenes did;
// - camera surveillance and the rest at fewer than five scenes each ("för få platser");
// - police and municipality together at six scenes, municipality and property owner at three;
// - judged effects of every kind, and some not yet evaluated.
// The first four are the demo's older interventions, unchanged; the outreach and the rest are in
// demo-interventions-outreach.ts.

export type DemoIntervention = {
  ref: string;
  type: InterventionType;
  actor: InterventionActor;
  start: string;
  end?: string;
  description: string;
  effect?: Effect;
  evaluation?: string;
};

const olderAndSituational: DemoIntervention[] = [
  {
    ref: "S-0001",
    type: "camera_surveillance",
    actor: "police",
    start: "2023-03-01",
    description: "Kamerabevakning av torget och uppgångarna till tunnelbanan.",
    effect: "positive",
    evaluation: "Färre våldsbrott kvällstid; fler upptäckta narkotikabrott de första månaderna.",
  },
  {
    ref: "S-0001",
    type: "social_outreach",
    actor: "municipality",
    start: "2024-02-01",
    end: "2025-06-30",
    description: "Fältassistenter kvällar och helger.",
  },
  {
    ref: "S-0007",
    type: "situational_prevention",
    actor: "municipality",
    start: "2022-09-01",
    end: "2022-12-15",
    description: "Ny belysning och gallring av buskage mot Björns trädgård.",
    effect: "unclear",
    evaluation: "Tryggheten ökade något, men försäljningen flyttade delvis till parken.",
  },
  {
    ref: "S-0005",
    type: "property_owner_measures",
    actor: "property_owner",
    start: "2024-01-15",
    description: "Fastighetsägaren stänger passagen nattetid och har väktare.",
  },
  // Situational prevention, 2023.
  {
    ref: "S-0003",
    type: "situational_prevention",
    actor: "municipality",
    start: "2023-04-01",
    end: "2023-11-30",
    description: "Ny belysning i gångstråken och öppnare sikt vid uppgångarna.",
    effect: "positive",
    evaluation: "Färre anmälda våldsbrott och lägre andel otrygga i trygghetsmätningen.",
  },
  {
    ref: "S-0003",
    type: "police_presence",
    actor: "police",
    start: "2023-04-01",
    end: "2024-03-31",
    description: "Förstärkt närvaro kvällstid under ombyggnaden.",
    effect: "positive",
    evaluation: "Lugnare kvällar; försäljningen minskade enligt områdespolisen.",
  },
  {
    ref: "S-0009",
    type: "situational_prevention",
    actor: "public_transport_authority",
    start: "2023-08-15",
    end: "2023-12-31",
    description: "SL byggde om entrén och tog bort skymda hörn vid uppgångarna.",
  },
  {
    ref: "S-0010",
    type: "situational_prevention",
    actor: "municipality",
    start: "2023-04-15",
    end: "2023-10-31",
    description: "Belysning, ny möblering och borttagna buskage på torget.",
    effect: "positive",
    evaluation: "Trygghetsmätningen visar tydligt färre otrygga.",
  },
  {
    ref: "S-0010",
    type: "police_presence",
    actor: "police",
    start: "2023-04-15",
    description: "Fotpatrull och dialogpolis i centrumet.",
    effect: "positive",
    evaluation: "Färre våldsbrott; fler upptäckta narkotikabrott.",
  },
  {
    ref: "S-0012",
    type: "situational_prevention",
    actor: "municipality",
    start: "2023-05-01",
    end: "2023-12-15",
    description: "Gångtunneln under spåren fick ljus, speglar och konst.",
    effect: "positive",
    evaluation: "Våldsbrotten i tunneln minskade kraftigt.",
  },
  {
    ref: "S-0012",
    type: "property_owner_measures",
    actor: "property_owner",
    start: "2023-05-01",
    description: "Fastighetsägaren har ordningsvakter vid entréerna.",
    effect: "positive",
    evaluation: "Mindre stök vid entréerna, tillsammans med kommunens åtgärder.",
  },
  {
    ref: "S-0014",
    type: "situational_prevention",
    actor: "municipality",
    start: "2023-03-01",
    end: "2023-09-30",
    description: "Upprustat torg med öppna siktlinjer och ny belysning.",
    effect: "unclear",
    evaluation: "Färre våldsbrott, men effekten går inte att skilja från polisens kontroller.",
  },
  {
    ref: "S-0014",
    type: "drug_controls",
    actor: "police",
    start: "2023-03-01",
    end: "2023-12-31",
    description: "Riktade narkotikakontroller vid torget.",
    effect: "positive",
    evaluation: "Fler upptäckta narkotikabrott och färre säljare på plats.",
  },
  {
    ref: "S-0017",
    type: "situational_prevention",
    actor: "property_owner",
    start: "2023-06-01",
    end: "2023-12-31",
    description: "Fastighetsägaren stängde skymda passager och satte upp belysning.",
    effect: "positive",
    evaluation: "Tydligt färre otrygga kvällstid enligt trygghetsmätningen.",
  },
  {
    ref: "S-0017",
    type: "cleaning_maintenance",
    actor: "municipality",
    start: "2023-06-01",
    description: "Daglig städning och snabb sanering av klotter.",
    effect: "positive",
    evaluation: "Platsen upplevs som mer omhändertagen.",
  },
];

export const demoInterventions: DemoIntervention[] = [...olderAndSituational, ...outreachAndOthers];

const startYear = (i: DemoIntervention) => Number(i.start.slice(0, 4));

/** The first year the police acted at the scene through an intervention; null if never. */
export function policeInterventionYear(ref: string): number | null {
  const years = demoInterventions.filter((i) => i.ref === ref && i.actor === "police").map(startYear);
  return years.length ? Math.min(...years) : null;
}

/** Whether an intervention of the type started at the scene in the year. */
export const startedIn = (ref: string, type: InterventionType, year: number) =>
  demoInterventions.some((i) => i.ref === ref && i.type === type && startYear(i) === year);
