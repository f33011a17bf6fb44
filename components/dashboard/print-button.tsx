"use client";

/** Opens the browser's print dialog (print to PDF); hidden on paper. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 print:hidden"
    >
      {label}
    </button>
  );
}
