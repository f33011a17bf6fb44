import { sv } from "./sv";

/**
 * The UI's strings. Only Swedish today; choose by locale here when a second one is added.
 * Client components import their area's module (`@/lib/i18n/sv/<area>`) instead: this object
 * holds every string of the app, ~25 kB of gzipped JavaScript on every page that would import it.
 */
export const messages = sv;
export const locale = "sv";
