import type { QuestionnaireInput } from "./definition";

// The first version of the yearly questionnaire, from the question groups of the source document
// (shared/seed) with the answer options the domain page proposes. Seeded for 2021–2026.

const originOptions = [
  { code: "local", label: "Boende i området" },
  { code: "county", label: "Tillresta från andra delar av länet" },
  { code: "outside_county", label: "Tillresta från andra län" },
];

const yesNoUnknown = [
  { code: "yes", label: "Ja" },
  { code: "no", label: "Nej" },
  { code: "unknown", label: "Vet ej" },
];

export const substanceOptions = [
  { code: "cannabis", label: "Cannabis" },
  { code: "cocaine", label: "Kokain" },
  { code: "amphetamine", label: "Amfetamin" },
  { code: "opioids", label: "Heroin och andra opioider" },
  { code: "benzodiazepines", label: "Bensodiazepiner" },
  { code: "prescription_drugs", label: "Narkotikaklassade läkemedel (t.ex. tramadol, pregabalin)" },
  { code: "synthetic_cannabinoids", label: "Syntetiska cannabinoider (spice)" },
  { code: "mdma", label: "MDMA/ecstasy" },
  { code: "other", label: "Annat" },
];

export const symptomOptions = [
  { code: "nuisance", label: "Platsen skapar obehag eller olägenhet för allmänheten" },
  { code: "unsafe", label: "Platsen uppfattas som otrygg" },
  { code: "crime_hotspot", label: "Platsen är en hot spot för brott" },
  { code: "attracts_vulnerable", label: "Platsen attraherar nya brukare och andra utsatta grupper" },
  { code: "youth_warned", label: "Unga avråds från att vistas på platsen" },
  { code: "public_avoids", label: "Allmänheten undviker platsen" },
  { code: "tolerance_zone", label: "Platsen är en informell zon av tolerans för avvikande beteende" },
];

const whenScene = { question: "is_open_drug_scene", equals: true } as const;

export const questionnaireVersion1 = (year: number): QuestionnaireInput => ({
  year,
  sections: [
    {
      code: "classification",
      title: "Klassificering",
      description:
        "En öppen drogscen är en geografisk, beständig plats där både bruk och försäljning av narkotika sker öppet och som myndigheter eller allmänheten upplever som problematisk.",
      questions: [
        { kind: "boolean", code: "is_open_drug_scene", label: "Är platsen en öppen drogscen i år enligt definitionen?", required: true },
        {
          kind: "single",
          code: "development",
          label: "Utveckling sedan förra året",
          required: true,
          options: [
            { code: "new", label: "Ny" },
            { code: "unchanged", label: "Oförändrad" },
            { code: "reduced", label: "Minskad" },
            { code: "increased", label: "Ökad" },
            { code: "ceased", label: "Upphört" },
            { code: "merged", label: "Sammanslagen" },
            { code: "split", label: "Delad" },
          ],
        },
        { kind: "text", code: "classification_notes", label: "Kommentar till klassificeringen", maxLength: 2000 },
      ],
    },
    {
      code: "symptoms",
      title: "Symtom",
      description: "Vilka problem finns på platsen? Flera kan gälla.",
      questions: [
        {
          kind: "multi",
          code: "symptoms",
          label: "Symtom på platsen",
          requiredIf: whenScene,
          options: symptomOptions,
        },
      ],
    },
    {
      code: "site",
      title: "Fysisk plats",
      questions: [
        { kind: "text", code: "site_description", label: "Beskrivning av platsen", required: true, maxLength: 4000 },
        {
          kind: "multi",
          code: "adjoins",
          label: "Platsen ligger vid",
          options: [
            { code: "metro", label: "Tunnelbana" },
            { code: "commuter_rail", label: "Pendeltåg" },
            { code: "bus_terminal", label: "Bussterminal" },
            { code: "square", label: "Torg eller centrum" },
            { code: "shopping_centre", label: "Köpcentrum" },
            { code: "park", label: "Park eller grönområde" },
            { code: "school_youth_centre", label: "Skola eller fritidsgård" },
            { code: "residential", label: "Bostadsområde" },
            { code: "other", label: "Annat" },
          ],
        },
      ],
    },
    {
      code: "actors",
      title: "Säljare och köpare",
      description: "Beskriv grupper, aldrig enskilda personer: inga namn eller personnummer.",
      questions: [
        { kind: "multi", code: "sellers_origin", label: "Säljarna är", options: originOptions },
        { kind: "multi", code: "buyers_origin", label: "Köparna är", options: originOptions },
        { kind: "single", code: "minors_present", label: "Förekommer minderåriga (under 18 år)?", required: true, options: yesNoUnknown },
        { kind: "single", code: "criminal_networks", label: "Finns tecken på kriminella nätverk?", required: true, options: yesNoUnknown },
        { kind: "text", code: "actors_notes", label: "Kommentar om säljare och köpare", maxLength: 2000 },
      ],
    },
    {
      code: "substances",
      title: "Preparat",
      questions: [
        { kind: "single", code: "main_substance", label: "Huvudsakligt preparat", requiredIf: whenScene, options: substanceOptions },
        { kind: "multi", code: "other_substances", label: "Andra preparat som förekommer", options: substanceOptions },
        { kind: "text", code: "substances_notes", label: "Kommentar om preparat", maxLength: 2000 },
      ],
    },
    {
      code: "police",
      title: "Polisens arbete",
      questions: [
        {
          kind: "multi",
          code: "police_actions",
          label: "Hur polisen har arbetat på platsen",
          options: [
            { code: "increased_presence", label: "Ökad närvaro och patrullering" },
            { code: "drug_controls", label: "Narkotikakontroller" },
            { code: "camera_surveillance", label: "Kamerabevakning" },
            { code: "safety_zones", label: "Säkerhets- eller visitationszoner" },
            { code: "dialogue_policing", label: "Dialogpolis" },
            { code: "property_owners", label: "Arbete med fastighetsägare" },
            { code: "other", label: "Annat" },
          ],
        },
        { kind: "text", code: "police_notes", label: "Kommentar om polisens arbete", maxLength: 2000 },
      ],
    },
    {
      code: "partners",
      title: "Samverkanspartner",
      questions: [
        {
          kind: "multi",
          code: "partners",
          label: "Möjliga samverkanspartner i området",
          options: [
            { code: "social_services", label: "Kommunens socialtjänst" },
            { code: "youth_workers", label: "Fritidsgårdar och fältassistenter" },
            { code: "property_owners", label: "Fastighetsägare" },
            { code: "public_transport", label: "Kollektivtrafiken (SL och operatörer)" },
            { code: "region_stockholm", label: "Region Stockholm (vård, beroendevård)" },
            { code: "prison_probation", label: "Kriminalvården" },
            { code: "customs", label: "Tullverket" },
            { code: "county_board", label: "Länsstyrelsen" },
            { code: "civil_society", label: "Civilsamhället (t.ex. nattvandrare)" },
            { code: "local_businesses", label: "Lokala näringsidkare" },
            { code: "schools", label: "Skolor" },
          ],
        },
        { kind: "text", code: "partners_notes", label: "Kommentar om samverkan", maxLength: 2000 },
      ],
    },
  ],
});

/** The years the first version is seeded for. */
export const VERSION_1_YEARS = [2021, 2022, 2023, 2024, 2025, 2026];
