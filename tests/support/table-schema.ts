// Checks a CSV file against its Frictionless Table Schema: header, types, constraints and keys.
import { parse } from 'csv-parse/sync';

export interface SchemaField {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; pattern?: string; enum?: string[] };
}

export interface TableSchema {
  fields: SchemaField[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  missingValues?: string[];
}

/** The rows of a CSV file, as objects by column name (parsed by csv-parse, not by our own writer). */
export function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const records = parse(text, { relax_column_count: false }) as string[][];
  const [header = [], ...body] = records;
  return { header, rows: body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))) };
}

/** Problems of one table against its schema; `tables` gives the other tables, for foreign keys. */
export function tableProblems(
  name: string,
  text: string,
  schema: TableSchema,
  tables: Map<string, Record<string, string>[]>,
): string[] {
  const problems: string[] = [];
  const { header, rows } = readCsv(text);
  const names = schema.fields.map((f) => f.name);
  if (header.join(',') !== names.join(','))
    problems.push(`${name}: header ${header.join(',')} is not ${names.join(',')}`);
  const missing = new Set(schema.missingValues ?? ['']);
  for (const field of schema.fields) {
    const seen = new Set<string>();
    const c = field.constraints ?? {};
    rows.forEach((row, i) => {
      const value = row[field.name] ?? '';
      const where = `${name} row ${i + 2}, ${field.name}="${value}"`;
      if (missing.has(value)) {
        if (c.required) problems.push(`${where}: required`);
        return;
      }
      if (field.type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`${where}: not an integer`);
      if (field.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) problems.push(`${where}: not a date`);
      if (field.format === 'uri' && !URL.canParse(value)) problems.push(`${where}: not a URI`);
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(value))
        problems.push(`${where}: does not match ${c.pattern}`);
      if (c.enum && !c.enum.includes(value)) problems.push(`${where}: not one of ${c.enum.join(', ')}`);
      if (c.unique && seen.has(value)) problems.push(`${where}: not unique`);
      seen.add(value);
    });
  }
  if (schema.primaryKey) {
    const keys = rows.map((r) => schema.primaryKey!.map((f) => r[f]).join('\u0000'));
    if (new Set(keys).size !== keys.length)
      problems.push(`${name}: primary key ${schema.primaryKey.join('+')} repeats`);
  }
  for (const fk of schema.foreignKeys ?? []) {
    const target = tables.get(fk.reference.resource) ?? [];
    const known = new Set(target.map((r) => fk.reference.fields.map((f) => r[f]).join('\u0000')));
    rows.forEach((row, i) => {
      const value = fk.fields.map((f) => row[f]).join('\u0000');
      if (!known.has(value))
        problems.push(`${name} row ${i + 2}: ${fk.fields.join('+')} "${value}" is not in ${fk.reference.resource}`);
    });
  }
  return problems;
}
