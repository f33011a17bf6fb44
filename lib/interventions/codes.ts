// The register of interventions (insatser): stable codes for types, responsible actors and the
// judged effect; the labels live in lib/i18n.

export const INTERVENTION_TYPES = [
  "police_presence",
  "drug_controls",
  "camera_surveillance",
  "situational_prevention",
  "social_outreach",
  "property_owner_measures",
  "public_transport_measures",
  "cleaning_maintenance",
  "treatment_outreach",
  "other",
] as const;

export const INTERVENTION_ACTORS = [
  "police",
  "municipality",
  "region_stockholm",
  "prison_probation",
  "customs",
  "county_board",
  "property_owner",
  "public_transport_authority",
  "civil_society",
] as const;

export const EFFECTS = ["positive", "none", "negative", "unclear"] as const;

export type InterventionType = (typeof INTERVENTION_TYPES)[number];
export type InterventionActor = (typeof INTERVENTION_ACTORS)[number];
export type Effect = (typeof EFFECTS)[number];
