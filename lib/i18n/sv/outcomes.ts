// Swedish strings: outcome indicators and interventions. Part of the sv locale (lib/i18n/sv.ts).

export const outcomes = {
  indicators: {
    violent_crimes: "Anmälda våldsbrott",
    detected_crimes: "Upptäcksbrott",
    unsafe_share: "Andel otrygga inom 500 m",
  },
  interventionTypes: {
    police_presence: "Ökad polisnärvaro",
    drug_controls: "Narkotikakontroller",
    camera_surveillance: "Kamerabevakning",
    situational_prevention: "Situationell prevention (belysning, ombyggnad)",
    social_outreach: "Uppsökande socialt arbete",
    property_owner_measures: "Fastighetsägarnas åtgärder",
    public_transport_measures: "Kollektivtrafikens åtgärder",
    cleaning_maintenance: "Städning och underhåll",
    treatment_outreach: "Uppsökande vård och behandling",
    other: "Annat",
  },
  actors: {
    police: "Polisen",
    municipality: "Kommunen",
    region_stockholm: "Region Stockholm",
    prison_probation: "Kriminalvården",
    customs: "Tullverket",
    county_board: "Länsstyrelsen",
    property_owner: "Fastighetsägare",
    public_transport_authority: "Kollektivtrafikmyndigheten",
    civil_society: "Civilsamhället",
  },
  effects: {
    positive: "Positiv effekt",
    none: "Ingen märkbar effekt",
    negative: "Negativ effekt",
    unclear: "Oklart",
  },
} as const;
