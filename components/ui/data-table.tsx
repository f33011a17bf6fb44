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
  // Cell padding and row rules are one class of app/globals.css, not classes on every cell nor a
  // list on every table: a table is sent twice (HTML and the React payload), so classes weigh.
  const look = compact ? "data-table data-table-compact" : "data-table";
  const classOf = (row: Row) => (typeof rowClassName === "function" ? rowClassName(row) : (rowClassName ?? ""));
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId} className="rounded border border-slate-300 bg-white">
      {/* An absent test id is left out, not sent as undefined (see classNameProp). */}
      <table className={`w-full text-left ${look} ${className}`} {...(testId ? { "data-testid": testId } : {})}>
        <caption id={captionId} className={showCaption ? "px-3 py-2 text-left text-lg font-semibold" : "sr-only"}>
          {caption}
        </caption>
        <thead className="border-y border-slate-300 bg-slate-100">
          <tr>{columns.map((column, i) => (column.header === null ? <td key={i} /> : <HeaderCell key={i} column={column} />))}</tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...classNameProp(classOf(row))}>
              <Cells columns={columns} row={row} />
            </tr>
          ))}
        </tbody>
        {footer !== undefined && (
          <tfoot className="border-t border-slate-300 font-semibold">
            <tr>
              <Cells columns={columns} row={footer} />
            </tr>
          </tfoot>
        )}
      </table>
    </ScrollRegion>
  );
}

function HeaderCell<Row>({ column }: { column: Column<Row> }) {
  const { header, sort } = column;
  if (!sort) {
    return <th scope="col">{header}</th>;
  }
  const ariaSort = sort.active === "asc" ? "ascending" : sort.active === "desc" ? "descending" : undefined;
  return (
    <th scope="col" aria-sort={ariaSort}>
      <Link href={sort.href(sort.active === "asc" ? "desc" : "asc")} className="text-blue-900 underline">
        {header}
        {sort.active && <span aria-hidden="true">{sort.active === "asc" ? " ▲" : " ▼"}</span>}
      </Link>
    </th>
  );
}

/**
 * The class attribute only when there is a class: an undefined prop still travels in the React
 * payload (`"className":"$undefined"`), ~30 bytes for every cell of a long table.
 */
function classNameProp(className: string | undefined): { className?: string } {
  return className ? { className } : {};
}

function Cells<Row>({ columns, row }: { columns: Column<Row>[]; row: Row }) {
  return columns.map((column, i) =>
    column.rowHeader ? (
      <th key={i} scope="row" {...classNameProp(column.className)}>
        {column.cell(row)}
      </th>
    ) : (
      <td key={i} {...classNameProp(column.className)}>
        {column.cell(row)}
      </td>
    ),
  );
}
