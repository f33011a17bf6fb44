import { constants, crc32, deflateRawSync } from "node:zlib";

// A text answered many times with one short value that changes per answer at fixed places (a
// cached page and its CSP nonce), compressed once instead of per answer. The parts between the
// places are compressed apart, each ending on a full flush (byte-aligned, no reference back across
// it: exactly what a streaming compressor emits at each flush), so an answer is the parts with the
// value between them as stored (uncompressed) deflate blocks, in one ordinary gzip member (RFC 1951,
// RFC 1952). Per answer that costs a checksum and a copy, not a compression.

export type GzipTemplate = { parts: Buffer[]; compressed: Buffer[] };

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** A stored block holds at most this many bytes. */
const MAX_STORED = 0xffff;

/** The template of `text` with the value at every place `placeholder` stands. */
export function compileGzipTemplate(text: string, placeholder: string): GzipTemplate {
  if (placeholder === "") throw new Error("an empty placeholder marks no place");
  const parts = text.split(placeholder).map((part) => Buffer.from(part));
  const compressed = parts.map((part, i) =>
    deflateRawSync(part, {
      level: constants.Z_BEST_COMPRESSION,
      finishFlush: i < parts.length - 1 ? constants.Z_FULL_FLUSH : constants.Z_FINISH,
    }),
  );
  return { parts, compressed };
}

/** The text with `value` in its places, uncompressed. */
export function fillTemplate(template: GzipTemplate, value: string): Buffer {
  return Buffer.concat(interleave(template.parts, Buffer.from(value)));
}

/** The text with `value` in its places, as a gzip body. */
export function fillGzipTemplate(template: GzipTemplate, value: string): Buffer {
  const bytes = Buffer.from(value);
  if (bytes.length > MAX_STORED) throw new Error("the value is longer than a stored block holds");
  // A non-final stored block (BFINAL 0, BTYPE 00, padded to the byte), its length and its complement.
  const stored = Buffer.alloc(5 + bytes.length);
  stored.writeUInt16LE(bytes.length, 1);
  stored.writeUInt16LE(~bytes.length & 0xffff, 3);
  bytes.copy(stored, 5);
  let checksum = 0;
  let length = 0;
  for (const chunk of interleave(template.parts, bytes)) {
    // zlib's crc32 answers 0 for an empty buffer without memory of its own, whatever came before.
    if (chunk.length > 0) checksum = crc32(chunk, checksum);
    length += chunk.length;
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(checksum >>> 0, 0);
  trailer.writeUInt32LE(length % 2 ** 32, 4);
  return Buffer.concat([GZIP_HEADER, ...interleave(template.compressed, stored), trailer]);
}

function interleave(parts: Buffer[], between: Buffer): Buffer[] {
  return parts.flatMap((part, i) => (i === 0 ? [part] : [between, part]));
}
