import { readdirSync, readFileSync } from "node:fs";

// The resident memory of the app server: the process of the server's group (the benchmark starts
// it as a group leader) that is the Node server itself, not a wrapper that only waits for it:
// `next start` names its server `next-server`; our server (.next/serve.mjs) is the group's largest
// process.

type Process = { pid: number; name: string; rssKb: number };

function readProcess(pid: number): (Process & { group: number }) | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The name is in parentheses and may hold spaces: the fields after it are space-separated.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const rssKb = Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0);
    const name = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
    return { pid, name, rssKb, group: Number(fields[2]) };
  } catch {
    return null; // Gone meanwhile, or not ours to read.
  }
}

export function appServerMemory(groupLeader: number): { pid: number; name: string; rssMb: number } {
  const group = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readProcess(Number(entry)))
    .filter((p): p is Process & { group: number } => p !== null && p.group === groupLeader);
  const largest = group.reduce<(typeof group)[number] | undefined>((max, p) => (max && max.rssKb >= p.rssKb ? max : p), undefined);
  const server = group.find((p) => p.name.startsWith("next-server")) ?? largest;
  if (!server) throw new Error(`no process of the app server's group ${groupLeader} left to measure`);
  return { pid: server.pid, name: server.name, rssMb: server.rssKb / 1024 };
}
