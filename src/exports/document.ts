/**
 * A printable document as a sequence of blocks, written once per document (the contract, the
 * evaluation report) and rendered as DOCX and as PDF by render-docx.ts and render-pdf.ts, so
 * both formats say the same thing in the same order.
 */
export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string; label?: string; italic?: boolean }
  | { kind: "list"; items: string[] }
  | { kind: "table"; columns: Column[]; rows: string[][]; footer?: string[] }
  | { kind: "pageBreak" };

export interface Column {
  header: string;
  /** Relative width (the table spreads over the page's width). */
  width: number;
  align?: "left" | "right";
}

export interface PrintableDocument {
  /** Title on the first page and in the file's properties. */
  title: string;
  /** Lines under the title: parties, period, which version. */
  subtitle: string[];
  blocks: Block[];
  /** At the foot of every page, beside the page number. */
  footer: string;
}

export const heading = (text: string, level: 1 | 2 | 3 = 1): Block => ({ kind: "heading", level, text });
export const paragraph = (text: string, label?: string): Block => ({ kind: "paragraph", text, label });
export const note = (text: string): Block => ({ kind: "paragraph", text, italic: true });
export const table = (columns: Column[], rows: string[][], footer?: string[]): Block => ({ kind: "table", columns, rows, footer });
