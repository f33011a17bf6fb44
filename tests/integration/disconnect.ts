import { afterAll } from "vitest";
import { db } from "@/lib/db";

// Each test file runs in a fresh module graph with its own client: release its connection, since
// the embedded database serves one at a time and the next file would wait for it.
afterAll(() => db.$disconnect());
