// Tasks written as a table (| 序号 | 工作任务 | 牵头单位 | 责任单位 |), as work points of many provinces are:
// each row is a task of its own, led by the units of its own row — never by the section it stands in.
import type { Clause, Section } from '../model.js';
import { splitLeadUnits } from './leadUnits.js';
import type { Table } from './markdownTables.js';

/** The column that says what is to be done. */
const TASK_HEADER = /任务|工作内容|主要内容|具体内容|事项|举措|措施|工作要点/;
/** Who leads. */
const LEAD_HEADER = /牵头(?:单位|部门)?|主责(?:单位|部门)/;
/** Who takes part (or, with no 牵头 column, who is responsible). */
const PARTNER_HEADER = /责任(?:单位|部门)|配合(?:单位|部门)|参与(?:单位|部门)|协同(?:单位|部门)/;
const NUMBER_HEADER = /^(?:序号|编号|序)$/;

const SENTENCE_END = /[。！？；]/;

/** The task rows of every table with a task column and a lead or responsibility column. */
export function taskTableClauses(docId: string, tables: readonly Table[], roots: readonly Section[]): Clause[] {
  const clauses: Clause[] = [];
  for (const table of tables) {
    const lead = table.header.findIndex((h) => LEAD_HEADER.test(h));
    const partner = table.header.findIndex((h, i) => i !== lead && PARTNER_HEADER.test(h));
    if (lead < 0 && partner < 0) continue;
    const task = table.header.findIndex((h, i) => i !== lead && i !== partner && TASK_HEADER.test(h));
    if (task < 0) continue;
    const numberColumn = table.header.findIndex((h) => NUMBER_HEADER.test(h.replace(/\s+/g, '')));
    const { path, title: sectionTitle } = sectionAt(roots, table.range.start.line);
    table.rows.forEach((row, i) => {
      const text = row.cells[task]?.trim();
      if (!text) return;
      const leadCell = lead >= 0 ? row.cells[lead] : row.cells[partner];
      const partnerCell = lead >= 0 && partner >= 0 ? row.cells[partner] : '';
      const number = (numberColumn >= 0 ? row.cells[numberColumn]?.trim() : '') || String(i + 1);
      const end = SENTENCE_END.exec(text);
      const partners = splitLeadUnits(partnerCell ?? '');
      clauses.push({
        docId,
        kind: 'task',
        number,
        ordinal: Number(number) || i + 1,
        path: [...path, number],
        title: end ? text.slice(0, end.index) : text,
        text,
        leadUnits: splitLeadUnits(leadCell ?? ''),
        ...(partners.length > 0 ? { partners } : {}),
        range: row.range,
        titleRange: row.range,
        ...(sectionTitle ? { sectionTitle } : {}),
      });
    });
  }
  return clauses;
}

/** The numbers of the sections that hold a line, outermost first, and the innermost one's title. */
function sectionAt(roots: readonly Section[], line: number): { path: string[]; title?: string } {
  const path: string[] = [];
  let title: string | undefined;
  let level = roots;
  for (;;) {
    const inside = level.find((s) => s.fullRange.start.line <= line && line <= s.fullRange.end.line);
    if (!inside) return { path, ...(title ? { title } : {}) };
    if (inside.number) path.push(inside.number);
    title = inside.title || title;
    level = inside.children;
  }
}
