/**
 * The one page layout of the court's documents, shared by every builder: A4, court name and
 * title centred on top, document number right-aligned, body paragraphs indented two characters,
 * signature block bottom-right with the Chinese date and （院印）.
 *
 * Layout after GB/T 9704-2012 党政机关公文格式 (used by courts for their documents):
 * §5.2.1 A4 page, top margin 37 mm, left 28 mm, type area 156 × 225 mm; §7.3.5 body in 3号仿宋
 * (16 pt), 28 pt line pitch; §7.5 page number "— 1 —" centred in the footer. Titles use 宋体.
 * East-Asian text takes the `eastAsia` font attribute (ECMA-376 §17.3.2.26 `w:rFonts`), so the
 * CJK font applies even where Word would otherwise pick the Latin font.
 *
 * A body block may also be a ruled table (e.g. a distribution plan's payment order), set in 小四
 * (12 pt) so seven columns fit the 156 mm type area. Its styles are written only into documents
 * that have a table, so documents without one are laid out exactly as before.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IFontAttributesProperties,
  type IParagraphStyleOptions,
} from 'docx';
import type { CivilDate } from '@zhixing/domain';
import { chineseDate } from './chinese-date.js';

/** Twips per millimetre (1 in = 1440 twips = 25.4 mm). */
const mm = (v: number): number => Math.round((v * 1440) / 25.4);

/** A4 in twips (ISO 216: 210 × 297 mm). */
const A4 = { width: mm(210), height: mm(297) };
/** GB/T 9704-2012 §5.2.1: 天头 37 mm, 订口 28 mm; type area 156 × 225 mm leaves 26 mm right, 35 mm bottom. */
const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(20) };

/** Font sizes in half-points (`w:sz`): 二号 22 pt, 一号 26 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt. */
const SIZE = { courtName: 44, title: 52, body: 32, footer: 28, table: 24 } as const;
/** 28 pt fixed line pitch of the body (GB/T 9704 §5.2.2: 22 lines of 28 characters). */
const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;
/** Two characters of 三号 type (16 pt × 2 = 640 twips); `firstLineChars` keeps it exact in Word. */
const TWO_CHARS = 640;

const cjkFont = (eastAsia: string, latin: string): IFontAttributesProperties => ({ eastAsia, ascii: latin, hAnsi: latin, cs: latin, hint: 'eastAsia' });
/** Body text: 仿宋 (FangSong). */
export const BODY_FONT = cjkFont('仿宋', 'FangSong');
/** Court name and title: 宋体 (SimSun). */
export const HEADING_FONT = cjkFont('宋体', 'SimSun');
const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;

/** Paragraph style ids; every paragraph names one, so formatting is written once, here. */
const STYLE = {
  courtName: 'CourtName',
  title: 'DocumentTitle',
  documentNumber: 'DocumentNumber',
  body: 'CourtBody',
  signature: 'CourtSignature',
  footer: 'CourtFooter',
  tableHeading: 'CourtTableHeading',
  tableText: 'CourtTableText',
  tableFigure: 'CourtTableFigure',
} as const;

const PARAGRAPH_STYLES: readonly IParagraphStyleOptions[] = [
  {
    id: STYLE.courtName,
    name: 'Court name',
    run: { font: HEADING_FONT, size: SIZE.courtName, bold: true },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } },
  },
  {
    id: STYLE.title,
    name: 'Document title',
    // Letter-spaced title (决 定 书) as court documents print it; 10 pt between characters.
    run: { font: HEADING_FONT, size: SIZE.title, bold: true, characterSpacing: 200 },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
  },
  {
    id: STYLE.documentNumber,
    name: 'Document number',
    run: { font: BODY_FONT, size: SIZE.body },
    paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 240, ...BODY_LINE } },
  },
  {
    id: STYLE.body,
    name: 'Court body',
    run: { font: BODY_FONT, size: SIZE.body },
    paragraph: { alignment: AlignmentType.BOTH, indent: { firstLine: TWO_CHARS, firstLineChars: 200 }, spacing: BODY_LINE },
  },
  {
    id: STYLE.signature,
    name: 'Court signature',
    run: { font: BODY_FONT, size: SIZE.body },
    paragraph: { alignment: AlignmentType.RIGHT, indent: { right: TWO_CHARS }, spacing: BODY_LINE },
  },
  {
    id: STYLE.footer,
    name: 'Court footer',
    run: { font: HEADING_FONT, size: SIZE.footer },
    paragraph: { alignment: AlignmentType.CENTER },
  },
];

/** 18 pt fixed line pitch in tables: 1.5 lines of 小四. */
const TABLE_LINE = { line: 360, lineRule: LineRuleType.EXACT } as const;

/** Added to the styles only when the document has a table (see the file comment). */
const TABLE_STYLES: readonly IParagraphStyleOptions[] = [
  {
    id: STYLE.tableHeading,
    name: 'Court table heading',
    run: { font: BODY_FONT, size: SIZE.table, bold: true },
    paragraph: { alignment: AlignmentType.CENTER, spacing: TABLE_LINE },
  },
  {
    id: STYLE.tableText,
    name: 'Court table text',
    run: { font: BODY_FONT, size: SIZE.table },
    paragraph: { alignment: AlignmentType.CENTER, spacing: TABLE_LINE },
  },
  {
    id: STYLE.tableFigure,
    name: 'Court table figure',
    run: { font: BODY_FONT, size: SIZE.table },
    // Sums align on the right so their digits line up down the column.
    paragraph: { alignment: AlignmentType.RIGHT, spacing: TABLE_LINE },
  },
];

/** One column of a {@link CourtTable}: its heading and its width. */
export interface CourtTableColumn {
  readonly heading: string;
  readonly widthMm: number;
  /** Sums of money: set flush right. */
  readonly figures?: boolean;
}

/** A cell spanning `columnSpan` columns (e.g. 合计 over the text columns of a totals row). */
export interface CourtTableCell {
  readonly text: string;
  readonly columnSpan: number;
}

/** A ruled table in the body; the heading row repeats on every page. */
export interface CourtTable {
  readonly columns: readonly CourtTableColumn[];
  /** Each row's cells, spans included, cover the columns exactly. */
  readonly rows: readonly (readonly (string | CourtTableCell)[])[];
}

/** A body paragraph, or a table between paragraphs. */
export type CourtBodyBlock = string | CourtTable;

/** What a court document says; the layout decides how it looks. */
export interface CourtDocumentContent {
  readonly courtName: string;
  /** e.g. 决定书, 限制消费令. */
  readonly title: string;
  readonly documentNumber: string;
  /** Body paragraphs in reading order: parties, reasons, decision items, notices; tables among them. */
  readonly paragraphs: readonly CourtBodyBlock[];
  /** The date under the signature, written in Chinese numerals. */
  readonly decisionDate: CivilDate;
  /** The signing president (限高规定 art. 5, 失信规定 art. 5: 院长签发); omitted when absent. */
  readonly approvedBy?: string;
}

const paragraph = (style: string, text: string, extra: { spacingBefore?: number } = {}): Paragraph =>
  new Paragraph({
    style,
    children: [new TextRun(text)],
    ...(extra.spacingBefore === undefined ? {} : { spacing: { before: extra.spacingBefore, ...BODY_LINE } }),
  });

/** Court name, title and document number (the head of every court document). */
function header(content: CourtDocumentContent): Paragraph[] {
  return [paragraph(STYLE.courtName, content.courtName), paragraph(STYLE.title, content.title), paragraph(STYLE.documentNumber, content.documentNumber)];
}

/** Bottom-right: president, court name, date in Chinese numerals, then the seal mark. */
function signatureBlock(content: CourtDocumentContent): Paragraph[] {
  const lines = [
    // 院长, a full-width space (U+3000), then the name, as signatures are set.
    ...(content.approvedBy ? [`院长\u3000${content.approvedBy}`] : []),
    content.courtName,
    chineseDate(content.decisionDate, 'decisionDate'),
    '（院印）',
  ];
  // Two blank lines' worth of space above the block, as on a printed decision.
  return lines.map((text, i) => paragraph(STYLE.signature, text, i === 0 ? { spacingBefore: 1120 } : {}));
}

/** Thin single rules (½ pt) round and inside the table, as on a printed form. */
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'auto' } as const;
const TABLE_BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE } as const;
/** 1.5 mm of space left and right of the text in each cell. */
const CELL_MARGINS = { left: mm(1.5), right: mm(1.5), top: 0, bottom: 0 } as const;

function tableCell(text: string, style: string, width: number, columnSpan: number): TableCell {
  return new TableCell({
    children: [new Paragraph({ style, children: [new TextRun(text)] })],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGINS,
    ...(columnSpan > 1 ? { columnSpan } : {}),
  });
}

/** The table at the sum of its column widths, fixed layout so Word keeps the widths given. */
function table(content: CourtTable): Table {
  // Twips per column, rounded once, so spans and the table width add up to the grid exactly.
  const widths = content.columns.map((c) => mm(c.widthMm));
  const sum = (ws: readonly number[]): number => ws.reduce((s, w) => s + w, 0);
  const heading = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: content.columns.map((c, i) => tableCell(c.heading, STYLE.tableHeading, widths[i] ?? 0, 1)),
  });
  const rows = content.rows.map((cells, r) => {
    let column = 0;
    const children = cells.map((cell) => {
      const { text, columnSpan } = typeof cell === 'string' ? { text: cell, columnSpan: 1 } : cell;
      const style = content.columns[column]?.figures ? STYLE.tableFigure : STYLE.tableText;
      const width = sum(widths.slice(column, column + columnSpan));
      column += columnSpan;
      return tableCell(text, style, width, columnSpan);
    });
    // A row that does not cover the columns exactly would be drawn ragged: a builder's mistake.
    if (column !== widths.length) throw new Error(`table row ${String(r)} covers ${String(column)} of ${String(widths.length)} columns`);
    return new TableRow({ cantSplit: true, children });
  });
  return new Table({
    rows: [heading, ...rows],
    width: { size: sum(widths), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: TABLE_BORDERS,
  });
}

const bodyBlock = (block: CourtBodyBlock): Paragraph | Table => (typeof block === 'string' ? paragraph(STYLE.body, block) : table(block));

const pageNumberFooter = (): Footer =>
  new Footer({ children: [new Paragraph({ style: STYLE.footer, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] });

/** Lays out `content` on A4 pages and packs it as a .docx file. */
export async function renderCourtDocument(content: CourtDocumentContent): Promise<Buffer> {
  const doc = new Document({
    title: content.title,
    creator: content.courtName,
    lastModifiedBy: content.courtName,
    description: content.documentNumber,
    styles: {
      default: { document: { run: { font: BODY_FONT, size: SIZE.body, language: LANGUAGE } } },
      paragraphStyles: content.paragraphs.some((b) => typeof b !== 'string') ? [...PARAGRAPH_STYLES, ...TABLE_STYLES] : PARAGRAPH_STYLES,
    },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        footers: { default: pageNumberFooter() },
        children: [...header(content), ...content.paragraphs.map(bodyBlock), ...signatureBlock(content)],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
