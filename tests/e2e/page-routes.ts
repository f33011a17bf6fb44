import { readdirSync } from "node:fs";
import path from "node:path";

const appDir = path.join(import.meta.dirname, "..", "..", "app");

/**
 * Every page route of the app, as its pattern ("/platser/[ref]"), read from app/'s page.tsx files:
 * route groups ("(app)") leave the address, dynamic segments stay in brackets.
 */
export function listPageRoutes(): string[] {
  return readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => {
      const segments = path
        .dirname(file)
        .split(path.sep)
        .filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment));
      return `/${segments.join("/")}`;
    })
    .sort();
}

/** Whether an address (without its query) is one of a route pattern's. */
export function matchesRoute(route: string, address: string): boolean {
  const pathname = address.split(/[?#]/)[0]!;
  const pattern = route
    .split("/")
    .map((segment) => (/^\[.+\]$/.test(segment) ? "[^/]+" : segment.replace(/[.*+?^${}()|\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${pattern}$`).test(pathname);
}
