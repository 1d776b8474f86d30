import path from "node:path";
import type { Readable } from "node:stream";
import pdfmake from "pdfmake";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { Block, PrintableDocument } from "./document";

// Roboto, shipped with pdfmake: every French character, and no font to install on the server.
const FONTS = path.join(path.dirname(require.resolve("pdfmake/package.json")), "fonts", "Roboto");
pdfmake.setFonts({
  Roboto: {
    normal: path.join(FONTS, "Roboto-Regular.ttf"),
    bold: path.join(FONTS, "Roboto-Medium.ttf"),
    italics: path.join(FONTS, "Roboto-Italic.ttf"),
    bolditalics: path.join(FONTS, "Roboto-MediumItalic.ttf"),
  },
});
// A document is built from the database only: it never fetches a URL, and reads no file but the fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file: string) => path.resolve(file).startsWith(FONTS));

const SIZES = { 1: 14, 2: 12, 3: 10.5 } as const;

function content(block: Block): Content {
  switch (block.kind) {
    case "heading":
      return { text: block.text, fontSize: SIZES[block.level], bold: true, margin: [0, block.level === 1 ? 12 : 8, 0, 4], headlineLevel: block.level, color: block.level === 1 ? "#1f3864" : "#000000" };
    case "paragraph":
      return { text: block.label ? [{ text: `${block.label} : `, bold: true }, block.text] : block.text, italics: block.italic ?? false, margin: [0, 2, 0, 4] };
    case "list":
      return { ul: block.items, margin: [0, 2, 0, 6] };
    case "pageBreak":
      return { text: "", pageBreak: "after" };
    case "table": {
      const total = block.columns.reduce((sum, c) => sum + c.width, 0);
      const cell = (text: string, i: number) => ({ text, alignment: block.columns[i].align ?? "left" });
      return {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: block.columns.map((c) => `${((c.width / total) * 100).toFixed(2)}%`),
          body: [
            block.columns.map((c) => ({ text: c.header, bold: true, fillColor: "#dce6f1" })),
            ...block.rows.map((row) => row.map(cell)),
            ...(block.footer ? [block.footer.map((text, i) => ({ ...cell(text, i), bold: true }))] : []),
          ],
        },
        fontSize: 8.5,
        margin: [0, 2, 0, 8],
      };
    }
  }
}

/** The document as a PDF, A4 landscape (annex tables are wide), streamed as pdfmake lays it out. */
export async function pdfStream(document: PrintableDocument): Promise<Readable> {
  const definition: TDocumentDefinitions = {
    info: { title: document.title, creator: "cpom-graphql" },
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [40, 40, 40, 40],
    defaultStyle: { font: "Roboto", fontSize: 9.5 },
    footer: (page: number, pages: number) => ({ columns: [document.footer, { text: `page ${page} / ${pages}`, alignment: "right" }], fontSize: 8, margin: [40, 10, 40, 0], color: "#555555" }),
    content: [
      { text: document.title, fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
      ...document.subtitle.map((line): Content => ({ text: line, fontSize: 10.5, color: "#333333" })),
      { text: "", margin: [0, 0, 0, 8] },
      ...document.blocks.map(content),
    ],
  };
  const stream = (await pdfmake.createPdf(definition).getStream()) as unknown as Readable & { end(): void };
  stream.end();
  return stream;
}
