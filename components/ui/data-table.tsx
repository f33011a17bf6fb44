import Link from "next/link";
import { useId, type ReactNode } from "react";
import { ScrollRegion } from "./scroll-region";

export type SortDirection = "asc" | "desc";

export type Column<Row> = {
  /** The column header; null leaves the corner of a two-way table empty. */
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The column that names each row: its cells are row headers, so a row's accessible name is its label. */
  rowHeader?: boolean;
  className?: string;
  /**
   * Makes the header a link that sorts by the column. `active` is the current direction when the
   * table is sorted by it; the link then reverses it, and otherwise sorts ascending.
   */
  sort?: { active?: SortDirection; href: (direction: SortDirection) => string };
};

type Props<Row> = {
  /** The table's accessible name. */
  caption: ReactNode;
  /** Show the caption as the table's title; otherwise it is for screen readers only. */
  showCaption?: boolean;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  rowClassName?: string | ((row: Row) => string);
  /** A last row in the table's foot (a total), drawn by the same columns. */
  footer?: Row;
  compact?: boolean;
  className?: string;
  testId?: string;
};

/**
 * The app's one table: a frame that scrolls sideways when the table is wider than the screen, a
 * caption (which also names the frame), column headers (sortable or not) and a row per item.
 */
export function DataTable<Row>(props: Props<Row>) {
  const { caption, showCaption = false, columns, rows, rowKey, rowClassName, footer, compact = false, className = "", testId } = props;
  const padding = compact ? "px-3 py-1.5" : "px-3 py-2";
  const classOf = (row: Row) => (typeof rowClassName === "function" ? rowClassName(row) : (rowClassName ?? ""));
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId} className="rounded border border-slate-300 bg-white">
      <table className={`w-full text-left ${className}`} data-testid={testId}>
        <caption id={captionId} className={showCaption ? "px-3 py-2 text-left text-lg font-semibold" : "sr-only"}>
          {caption}
        </caption>
        <thead className="border-y border-slate-300 bg-slate-100">
          <tr>
            {columns.map((column, i) =>
              column.header === null ? <td key={i} className={padding} /> : <HeaderCell key={i} column={column} padding={padding} />,
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={`border-b border-slate-200 last:border-0 ${classOf(row)}`}>
              <Cells columns={columns} row={row} padding={padding} rowHeaderClass="font-normal" />
            </tr>
          ))}
        </tbody>
        {footer !== undefined && (
          <tfoot className="border-t border-slate-300 font-semibold">
            <tr>
              <Cells columns={columns} row={footer} padding={padding} rowHeaderClass="" />
            </tr>
          </tfoot>
        )}
      </table>
    </ScrollRegion>
  );
}

function HeaderCell<Row>({ column, padding }: { column: Column<Row>; padding: string }) {
  const { header, sort } = column;
  if (!sort) {
    return (
      <th scope="col" className={padding}>
        {header}
      </th>
    );
  }
  const ariaSort = sort.active === "asc" ? "ascending" : sort.active === "desc" ? "descending" : undefined;
  return (
    <th scope="col" className={padding} aria-sort={ariaSort}>
      <Link href={sort.href(sort.active === "asc" ? "desc" : "asc")} className="text-blue-900 underline">
        {header}
        {sort.active && <span aria-hidden="true">{sort.active === "asc" ? " ▲" : " ▼"}</span>}
      </Link>
    </th>
  );
}

function Cells<Row>({
  columns,
  row,
  padding,
  rowHeaderClass,
}: {
  columns: Column<Row>[];
  row: Row;
  padding: string;
  rowHeaderClass: string;
}) {
  return columns.map((column, i) =>
    column.rowHeader ? (
      <th key={i} scope="row" className={`${padding} text-left ${rowHeaderClass} ${column.className ?? ""}`}>
        {column.cell(row)}
      </th>
    ) : (
      <td key={i} className={`${padding} ${column.className ?? ""}`}>
        {column.cell(row)}
      </td>
    ),
  );
}
