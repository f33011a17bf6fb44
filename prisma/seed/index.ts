export { seedReferenceData } from "./reference";
export { seedDemoData } from "./demo";
