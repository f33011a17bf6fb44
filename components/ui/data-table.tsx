import type { ReactNode } from "react";

type Props = {
  caption: string;
  /** Show the caption as the table's title; otherwise it is for screen readers only. */
  showCaption?: boolean;
  headers: ReactNode[];
  children: ReactNode;
  footer?: ReactNode;
  className?: string;
};

/** The app's table: a scrolling frame, a caption (the table's accessible name) and column headers. */
export function DataTable({ caption, showCaption = false, headers, children, footer, className = "" }: Props) {
  return (
    <div className="overflow-x-auto rounded border border-slate-300 bg-white">
      <table className={`w-full text-left ${className}`}>
        <caption className={showCaption ? "px-3 py-2 text-left text-lg font-semibold" : "sr-only"}>{caption}</caption>
        <thead className="border-y border-slate-300 bg-slate-100">
          <tr>
            {headers.map((header, i) => (
              <th key={i} scope="col" className="px-3 py-2">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer && <tfoot className="font-semibold">{footer}</tfoot>}
      </table>
    </div>
  );
}
