export { seedReferenceData } from "./reference";
export { assertDemoDatabaseAllowed, DemoRefusedError, seedDemoData } from "./demo";
