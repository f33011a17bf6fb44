// The county's reference data, encoded from shared/data/stockholms-lan-indelning.json (compiled
// from public pages of the Police, the municipalities and SCB). Gotland's police area lies outside
// Stockholms län and is left out. Dates are ISO days; null means open-ended.

export const STOCKHOLM_CITY = "0180";

/** bbox: [west, south, east, north] in WGS84, from SCB's boundaries; for plausibility checks only. */
export const municipalities = [
  { code: "0114", name: "Upplands Väsby", centerLat: 59.5245, centerLng: 17.9109, bbox: [17.8062, 59.4663, 18.0223, 59.5748] },
  { code: "0115", name: "Vallentuna", centerLat: 59.5877, centerLng: 18.2024, bbox: [17.9767, 59.4935, 18.436, 59.6839] },
  { code: "0117", name: "Österåker", centerLat: 59.5085, centerLng: 18.4153, bbox: [18.1337, 59.4193, 18.6886, 59.5931] },
  { code: "0120", name: "Värmdö", centerLat: 59.3187, centerLng: 18.58, bbox: [18.3333, 59.1795, 18.9553, 59.4479] },
  { code: "0123", name: "Järfälla", centerLat: 59.4352, centerLng: 17.8292, bbox: [17.7737, 59.3852, 17.8904, 59.5062] },
  { code: "0125", name: "Ekerö", centerLat: 59.3614, centerLng: 17.6757, bbox: [17.4676, 59.2699, 17.8912, 59.4537] },
  { code: "0126", name: "Huddinge", centerLat: 59.2164, centerLng: 18.0204, bbox: [17.8825, 59.1471, 18.1787, 59.2837] },
  { code: "0127", name: "Botkyrka", centerLat: 59.1691, centerLng: 17.8264, bbox: [17.689, 59.066, 17.9795, 59.2647] },
  { code: "0128", name: "Salem", centerLat: 59.238, centerLng: 17.7004, bbox: [17.5981, 59.178, 17.7855, 59.2885] },
  { code: "0136", name: "Haninge", centerLat: 59.0995, centerLng: 18.1896, bbox: [17.9179, 58.9149, 18.485, 59.2218] },
  { code: "0138", name: "Tyresö", centerLat: 59.2197, centerLng: 18.2947, bbox: [18.1679, 59.1657, 18.404, 59.2614] },
  { code: "0139", name: "Upplands-Bro", centerLat: 59.5478, centerLng: 17.6757, bbox: [17.5274, 59.4356, 17.8322, 59.6499] },
  { code: "0140", name: "Nykvarn", centerLat: 59.1938, centerLng: 17.3879, bbox: [17.2403, 59.1221, 17.5647, 59.268] },
  { code: "0160", name: "Täby", centerLat: 59.4704, centerLng: 18.0709, bbox: [17.9912, 59.4192, 18.1467, 59.5113] },
  { code: "0162", name: "Danderyd", centerLat: 59.4106, centerLng: 18.0474, bbox: [18.0001, 59.378, 18.0969, 59.448] },
  { code: "0163", name: "Sollentuna", centerLat: 59.451, centerLng: 17.9369, bbox: [17.8273, 59.3936, 18.0213, 59.4992] },
  { code: "0180", name: "Stockholm", centerLat: 59.3227, centerLng: 18.0001, bbox: [17.797, 59.2343, 18.1942, 59.4346] },
  { code: "0181", name: "Södertälje", centerLat: 59.1058, centerLng: 17.5204, bbox: [17.289, 58.9048, 17.733, 59.3283] },
  { code: "0182", name: "Nacka", centerLat: 59.305, centerLng: 18.2314, bbox: [18.1025, 59.2488, 18.3595, 59.3618] },
  { code: "0183", name: "Sundbyberg", centerLat: 59.377, centerLng: 17.9636, bbox: [17.9316, 59.3578, 17.9908, 59.3936] },
  { code: "0184", name: "Solna", centerLat: 59.3719, centerLng: 18.0106, bbox: [17.9721, 59.3456, 18.0603, 59.3996] },
  { code: "0186", name: "Lidingö", centerLat: 59.3669, centerLng: 18.1703, bbox: [18.1047, 59.344, 18.2445, 59.3922] },
  { code: "0187", name: "Vaxholm", centerLat: 59.4114, centerLng: 18.2442, bbox: [18.1635, 59.3883, 18.3601, 59.4455] },
  { code: "0188", name: "Norrtälje", centerLat: 59.8421, centerLng: 18.6186, bbox: [18.0891, 59.5563, 19.0845, 60.2129] },
  { code: "0191", name: "Sigtuna", centerLat: 59.6476, centerLng: 17.8937, bbox: [17.5826, 59.559, 18.1464, 59.7369] },
  { code: "0192", name: "Nynäshamn", centerLat: 58.9869, centerLng: 17.862, bbox: [17.7366, 58.8024, 18.0073, 59.1282] },
] as const;

export const policeDistricts = ["Stockholm city", "Stockholm nord", "Stockholm syd"] as const;

type PoliceDistrictName = (typeof policeDistricts)[number];

type Validity = { validFrom?: string; validTo?: string };

export type PoliceAreaFact = Validity & {
  name: string;
  policeDistrict: PoliceDistrictName;
  note?: string;
  /** Whole municipalities the LPO covers (Stockholm city is covered district by district). */
  municipalities: { code: string; validFrom?: string; validTo?: string }[];
};

export const policeAreas: PoliceAreaFact[] = [
  { name: "Lidingö-Kungsholmen", policeDistrict: "Stockholm city", validFrom: "2025-01-01", municipalities: [{ code: "0186" }] },
  { name: "Norra innerstaden", policeDistrict: "Stockholm city", validFrom: "2025-01-01", municipalities: [] },
  { name: "Södermalm", policeDistrict: "Stockholm city", municipalities: [] },
  {
    name: "Norrmalm",
    policeDistrict: "Stockholm city",
    validTo: "2024-12-31",
    municipalities: [{ code: "0186" }],
    note: "Delades 2025-01-01 i Lidingö-Kungsholmen och Norra innerstaden.",
  },
  { name: "Järfälla", policeDistrict: "Stockholm nord", municipalities: [{ code: "0123" }, { code: "0139" }] },
  { name: "Järva", policeDistrict: "Stockholm nord", municipalities: [], note: "Tidigare LPO Rinkeby." },
  { name: "Norrtälje", policeDistrict: "Stockholm nord", municipalities: [{ code: "0188" }] },
  { name: "Sollentuna", policeDistrict: "Stockholm nord", municipalities: [{ code: "0163" }, { code: "0114" }, { code: "0191" }] },
  { name: "Solna", policeDistrict: "Stockholm nord", municipalities: [{ code: "0184" }, { code: "0183" }] },
  {
    name: "Södra Roslagen",
    policeDistrict: "Stockholm nord",
    note: "Tidigare LPO Täby och LPO Åkersberga.",
    municipalities: [{ code: "0160" }, { code: "0162" }, { code: "0115" }, { code: "0117" }, { code: "0187" }],
  },
  { name: "Vällingby", policeDistrict: "Stockholm nord", municipalities: [{ code: "0125" }] },
  { name: "Botkyrka", policeDistrict: "Stockholm syd", municipalities: [{ code: "0127" }] },
  { name: "Farsta", policeDistrict: "Stockholm syd", municipalities: [] },
  { name: "Globen", policeDistrict: "Stockholm syd", municipalities: [] },
  { name: "Haninge/Nynäshamn", policeDistrict: "Stockholm syd", municipalities: [{ code: "0136" }, { code: "0192" }] },
  { name: "Huddinge", policeDistrict: "Stockholm syd", municipalities: [{ code: "0126" }] },
  { name: "Nacka", policeDistrict: "Stockholm syd", municipalities: [{ code: "0182" }, { code: "0120" }, { code: "0138" }] },
  { name: "Skärholmen", policeDistrict: "Stockholm syd", municipalities: [] },
  { name: "Södertälje", policeDistrict: "Stockholm syd", municipalities: [{ code: "0181" }, { code: "0140" }, { code: "0128" }] },
];

export type DistrictFact = Validity & {
  name: string;
  replacedBy?: string;
  /** The LPOs covering the district; `part` names the part when the district is split. */
  policeAreas: (Validity & { name: string; part?: string })[];
};

/** Stockholm city's district areas (stadsdelsområden), current and former. */
export const districts: DistrictFact[] = [
  { name: "Järva", validFrom: "2023-07-01", policeAreas: [{ name: "Järva" }] },
  { name: "Hässelby-Vällingby", policeAreas: [{ name: "Vällingby" }] },
  { name: "Bromma", policeAreas: [{ name: "Vällingby" }] },
  { name: "Kungsholmen", policeAreas: [{ name: "Norrmalm" }, { name: "Lidingö-Kungsholmen" }] },
  { name: "Norra innerstaden", validFrom: "2023-07-01", policeAreas: [{ name: "Norrmalm" }, { name: "Norra innerstaden" }] },
  { name: "Södermalm", policeAreas: [{ name: "Södermalm" }] },
  {
    name: "Enskede-Årsta-Vantör",
    policeAreas: [
      { name: "Globen", part: "Enskede-Årsta" },
      { name: "Farsta", part: "Vantör" },
    ],
  },
  { name: "Skarpnäck", policeAreas: [{ name: "Globen" }] },
  { name: "Farsta", policeAreas: [{ name: "Farsta" }] },
  {
    name: "Hägersten-Älvsjö",
    validFrom: "2020-07-01",
    policeAreas: [
      { name: "Skärholmen", part: "Hägersten-Liljeholmen" },
      { name: "Globen", part: "Älvsjö" },
    ],
  },
  { name: "Skärholmen", policeAreas: [{ name: "Skärholmen" }] },
  { name: "Rinkeby-Kista", validTo: "2023-06-30", replacedBy: "Järva", policeAreas: [{ name: "Järva" }] },
  { name: "Spånga-Tensta", validTo: "2023-06-30", replacedBy: "Järva", policeAreas: [{ name: "Järva" }] },
  { name: "Norrmalm", validTo: "2023-06-30", replacedBy: "Norra innerstaden", policeAreas: [{ name: "Norrmalm" }] },
  { name: "Östermalm", validTo: "2023-06-30", replacedBy: "Norra innerstaden", policeAreas: [{ name: "Norrmalm" }] },
  { name: "Hägersten-Liljeholmen", validTo: "2020-06-30", replacedBy: "Hägersten-Älvsjö", policeAreas: [{ name: "Skärholmen" }] },
  { name: "Älvsjö", validTo: "2020-06-30", replacedBy: "Hägersten-Älvsjö", policeAreas: [{ name: "Globen" }] },
];
