import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// PGlite (PostgreSQL compiled to WebAssembly) served on a local port, for machines without a
// PostgreSQL server (docs/decisions/0003-embedded-postgresql.md).

export type EmbeddedDatabase = {
  /** postgres:// URL of the server. It accepts exactly ONE connection: use a pool of one. */
  url: string;
  stop: () => Promise<void>;
};

export type EmbeddedOptions = {
  /** The data folder; null keeps the database in memory. */
  dataDir: string | null;
  /** 0 or unset picks a free port. */
  port?: number;
};

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// PGlite has no lock of its own, and two processes writing one folder corrupt it. The lock file
// holds the owner's pid, so a lock left behind by a killed process is taken over.
function acquireLock(dataDir: string): () => void {
  const lockPath = `${path.resolve(dataDir)}.lock`;
  mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(lockPath, { force: true });
      process.once("exit", release);
      return () => {
        process.removeListener("exit", release);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(lockPath, "utf8"));
      if (owner && owner !== process.pid && isRunning(owner)) {
        const shown = path.relative(process.cwd(), dataDir) || dataDir;
        throw new Error(`the embedded database ${shown} is in use by another process (a dev server?), pid ${owner}`);
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}

// The socket server refuses a second connection outright, and it counts a closed one as open until
// it has processed the close, so a client that reconnects at once is refused too. This front door
// queues clients instead and lets the next one through only when the server is free again.
async function serveOneAtATime(backend: PGLiteSocketServer, backendPort: number, port: number) {
  const waiting: net.Socket[] = [];
  let busy = false;
  const admitNext = async (): Promise<void> => {
    if (busy) return;
    const client = waiting.shift();
    if (!client) return;
    if (client.destroyed) return admitNext();
    busy = true;
    while (backend.getStats().activeConnections > 0) await sleep(2);
    const upstream = net.connect(backendPort, "127.0.0.1");
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      client.destroy();
      upstream.destroy();
      busy = false;
      void admitNext();
    };
    for (const socket of [client, upstream]) socket.on("close", finish).on("error", finish);
    client.pipe(upstream).pipe(client);
    client.resume();
  };
  const front = net.createServer({ pauseOnConnect: true }, (client) => {
    waiting.push(client);
    void admitNext();
  });
  await new Promise<void>((resolve, reject) => front.once("error", reject).listen(port, "127.0.0.1", resolve));
  return front;
}

/**
 * Opens a data folder in this process, locked against every other, without serving it: for the
 * backup, which reads PGlite itself (scripts/backup/embedded.ts). `loadDataDir` fills a new folder
 * from a dump of another.
 */
export async function openEmbeddedFolder(dataDir: string, loadDataDir?: Blob): Promise<{ db: PGlite; close: () => Promise<void> }> {
  const releaseLock = acquireLock(dataDir);
  try {
    const db = await PGlite.create({ dataDir: path.resolve(dataDir), loadDataDir });
    return {
      db,
      close: async () => {
        await db.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir } = options;
  const releaseLock = dataDir ? acquireLock(dataDir) : () => {};
  let db: PGlite | undefined;
  try {
    db = dataDir ? await PGlite.create(path.resolve(dataDir)) : await PGlite.create();
    // maxConnections 1: with more, the socket interleaves the messages of different connections.
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 1 });
    await server.start();
    const backendPort = Number(server.getServerConn().split(":").at(-1));
    const front = await serveOneAtATime(server, backendPort, options.port ?? 0);
    const { port } = front.address() as net.AddressInfo;
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const openDb = db;
    let stopped: Promise<void> | undefined;
    const stop = () =>
      (stopped ??= (async () => {
        front.close();
        await server.stop();
        await openDb.close();
        releaseLock();
      })());
    return { url, stop };
  } catch (error) {
    await db?.close().catch(() => {});
    releaseLock();
    throw error;
  }
}
