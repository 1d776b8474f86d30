import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageBreak, PageNumber, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { Block, PrintableDocument } from "./document";

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function cellOf(text: string, options: { bold?: boolean; shade?: boolean; align?: "left" | "right"; width: number }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    shading: options.shade ? { type: ShadingType.CLEAR, color: "auto", fill: "DCE6F1" } : undefined,
    children: text.split("\n").map((line) => new Paragraph({ alignment: options.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: line, bold: options.bold, size: 18 })] })),
  });
}

function elements(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text)] })];
    case "paragraph":
      return [new Paragraph({ children: [...(block.label ? [new TextRun({ text: `${block.label} : `, bold: true })] : []), new TextRun({ text: block.text, italics: block.italic })] })];
    case "list":
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case "pageBreak":
      return [new Paragraph({ children: [new PageBreak()] })];
    case "table": {
      const total = block.columns.reduce((sum, c) => sum + c.width, 0);
      const width = (i: number) => Math.round((block.columns[i].width / total) * 100);
      const row = (texts: string[], bold: boolean, shade: boolean, header = false) =>
        new TableRow({ tableHeader: header, cantSplit: true, children: texts.map((text, i) => cellOf(text, { bold, shade, align: block.columns[i].align, width: width(i) })) });
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            row(
              block.columns.map((c) => c.header),
              true,
              true,
              true,
            ),
            ...block.rows.map((r) => row(r, false, false)),
            ...(block.footer ? [row(block.footer, true, false)] : []),
          ],
        }),
        new Paragraph({ text: "" }),
      ];
    }
  }
}

/** The document as an editable Word file (A4 landscape, like the PDF). */
export function docxBuffer(document: PrintableDocument): Promise<Buffer> {
  const doc = new Document({
    title: document.title,
    creator: "cpom-graphql",
    styles: { default: { document: { run: { font: "Calibri", size: 20 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 800, bottom: 800, left: 800, right: 800 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun({ text: `${document.footer} — page `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 }), new TextRun({ text: " / ", size: 16 }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })] })],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.title)] }),
          ...document.subtitle.map((line) => new Paragraph({ children: [new TextRun({ text: line, color: "333333" })] })),
          ...document.blocks.flatMap(elements),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
