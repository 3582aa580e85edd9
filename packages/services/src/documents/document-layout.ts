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
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
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

/** Font sizes in half-points (`w:sz`): 二号 22 pt, 一号 26 pt, 三号 16 pt, 四号 14 pt. */
const SIZE = { courtName: 44, title: 52, body: 32, footer: 28 } as const;
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

/** What a court document says; the layout decides how it looks. */
export interface CourtDocumentContent {
  readonly courtName: string;
  /** e.g. 决定书, 限制消费令. */
  readonly title: string;
  readonly documentNumber: string;
  /** Body paragraphs in reading order: parties, reasons, decision items, notices. */
  readonly paragraphs: readonly string[];
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
      paragraphStyles: PARAGRAPH_STYLES,
    },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        footers: { default: pageNumberFooter() },
        children: [...header(content), ...content.paragraphs.map((text) => paragraph(STYLE.body, text)), ...signatureBlock(content)],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
