import { sv } from "./sv";

/** The UI's strings. Only Swedish today; choose by locale here when a second one is added. */
export const messages = sv;
export const locale = "sv";
