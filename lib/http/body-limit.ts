// How large a request body may be: only the bulk import takes files; everything else is a form
// or a query. Checked by scripts/serve.ts before Next reads the body.

export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** The pages whose server actions receive uploaded files. */
const UPLOAD_PATHS = ["/admin/import"];

export function bodyLimitFor(pathname: string): number {
  return UPLOAD_PATHS.includes(pathname.replace(/\/+$/, "")) ? IMPORT_BODY_LIMIT : DEFAULT_BODY_LIMIT;
}

/**
 * Whether a request's body may be read: its declared length within the path's limit. A body
 * without a declared length (chunked) is refused: browsers always declare a form's length, and a
 * stream of unknown size is how a limit is evaded.
 */
export function checkRequestBody(
  method: string,
  pathname: string,
  headers: { "content-length"?: string; "transfer-encoding"?: string },
): 200 | 411 | 413 {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return 200;
  const declared = headers["content-length"];
  if (declared === undefined) return headers["transfer-encoding"] ? 411 : 200;
  const length = Number(declared);
  if (!Number.isSafeInteger(length) || length < 0) return 411;
  return length > bodyLimitFor(pathname) ? 413 : 200;
}
