// Collecting findings: the Issue for a cell or a whole tab.
import { a1, type Issue } from "./issue.ts";
import type { Said } from "./messages.ts";

export class IssueList {
  readonly items: Issue[] = [];
  add(issue: Issue) {
    this.items.push(issue);
  }
}

export interface CellRef {
  tab: string;
  row: number;
  col: number;
  column: string;
}

export function cellIssue(severity: Issue["severity"], code: Issue["code"], ref: CellRef, said: Said): Issue {
  return {
    severity,
    code,
    tab: ref.tab,
    row: ref.row,
    column: ref.column,
    cell: a1(ref.tab, ref.col, ref.row),
    message: said.message,
    args: said.args,
  };
}

export function tabIssue(
  severity: Issue["severity"],
  code: Issue["code"],
  tab: string,
  said: Said,
  row: number | null = null,
): Issue {
  return { severity, code, tab, row, column: null, cell: null, message: said.message, args: said.args };
}
