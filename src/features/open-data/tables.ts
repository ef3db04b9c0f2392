/** Tables of open data: one definition gives both the CSV file and its Frictionless Table Schema. */

/** A column, in Frictionless Table Schema terms (https://specs.frictionlessdata.io/table-schema/). */
export interface Field {
  name: string;
  type: 'string' | 'integer' | 'date';
  description: string;
  format?: 'uri';
  constraints?: { required?: boolean; unique?: boolean; pattern?: string; enum?: readonly string[] };
}

/** A table: its fields, its rows (values as the CSV writes them; '' for none) and its keys. */
export interface Table {
  /** File stem and resource name: lower-case, e.g. "movements". */
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  rows: Record<string, string>[];
}

/** "1990", "1990-05" or "1990-05-31": the partial dates the entries write. */
export const PARTIAL_DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** Source keys joined by semicolons, as the "sources" columns give them. */
export const KEY_LIST_PATTERN = '[a-z0-9]+(-[a-z0-9]+)*(;[a-z0-9]+(-[a-z0-9]+)*)*';

/** Quotes a CSV cell when it must be (RFC 4180): commas, quotes and line breaks. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The table as CSV (RFC 4180, CRLF line ends, header row), columns in the order of its fields. */
export function toCsv(table: Table): string {
  const names = table.fields.map((f) => f.name);
  for (const [i, row] of table.rows.entries()) {
    const extra = Object.keys(row).filter((k) => !names.includes(k));
    if (extra.length) throw new Error(`${table.name}.csv row ${i + 1}: no field named ${extra.join(', ')}`);
  }
  const lines = [names, ...table.rows.map((row) => names.map((n) => row[n] ?? ''))];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The Frictionless Table Schema of a table. */
export function tableSchema(table: Table): Record<string, unknown> {
  return {
    fields: table.fields,
    ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
    ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
    missingValues: [''],
  };
}
