import "server-only";
import QRCode from "qrcode";

/**
 * The QR code as an SVG data URL, drawn on the server: no script, and the page's CSP already allows
 * `data:` images. Error correction M, as authenticator apps scan it from a screen.
 */
export async function renderQrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
}
