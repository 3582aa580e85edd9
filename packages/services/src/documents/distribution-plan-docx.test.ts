import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '@zhixing/contracts';
import { planDistribution } from '@zhixing/domain';
import { buildDistributionPlanDocx, type DistributionCreditorLine, type DistributionPlanInput } from './distribution-plan-docx.js';
import { assertCommon, openDocx } from './testing/assert-docx.js';
import { COMPANY_DEBTOR, COURT, FULL_ID, MASKED_ID, PERSON_DEBTOR } from './testing/fixtures.js';
import { writeSample } from './testing/read-docx.js';

const CPL_INTERPRETATION = '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》';
const PROCEDURE_INTERPRETATION = '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉执行程序若干问题的解释》';

const COSTS: DistributionCreditorLine = { tier: 'costs', creditor: '执行费用', owedFen: 1_380_000, paidFen: 1_380_000 };
const BANK: DistributionCreditorLine = {
  tier: 'priority',
  creditor: '大连某某银行股份有限公司',
  basis: '（2025）辽0202民初456号民事判决',
  priorityNote: '抵押权（2023-05-06 登记）',
  owedFen: 60_000_000,
  paidFen: 60_000_000,
};
// The 386,200.00 yuan left share in proportion 3 : 2 : 1; the odd fen goes to the largest remainder.
const ORDINARY: readonly DistributionCreditorLine[] = [
  { tier: 'ordinary', creditor: '王某', basis: '（2025）辽0202民初100号民事判决', owedFen: 30_000_000, paidFen: 19_310_000 },
  { tier: 'ordinary', creditor: '大连某某建材有限公司', basis: '（2025）辽0202民初200号民事调解书', owedFen: 20_000_000, paidFen: 12_873_333 },
  { tier: 'ordinary', creditor: '刘某某', basis: '（2026）辽0202民初7号民事判决', owedFen: 10_000_000, paidFen: 6_436_667 },
];

const BASE: DistributionPlanInput = {
  ...COURT,
  documentNumber: '（2026）辽0202执123号之五',
  debtor: PERSON_DEBTOR,
  proceedsSource: '拍卖被执行人张某某名下位于大连市中山区某某路1号1单元101室的房产所得价款',
  amountFen: 100_000_000,
  debtorKindZh: '自然人',
  lines: [COSTS, BANK, ...ORDINARY],
  surplusFen: 0,
  legalBasis: `${CPL_INTERPRETATION}第五百零六条、第五百零八条、第五百零九条`,
};

/** Both creditors paid in full out of 500,000.00 yuan; 100,000.00 yuan goes back. */
const SURPLUS: DistributionPlanInput = {
  ...BASE,
  amountFen: 50_000_000,
  lines: [
    { ...BANK, owedFen: 30_000_000, paidFen: 30_000_000 },
    { ...ORDINARY[0]!, owedFen: 10_000_000, paidFen: 10_000_000 },
  ],
  surplusFen: 10_000_000,
};

const COMPANY: DistributionPlanInput = {
  ...BASE,
  debtor: COMPANY_DEBTOR,
  debtorKindZh: '企业法人',
  proceedsSource: '变卖被执行人大连某某贸易有限公司所有的挖掘机二台所得价款',
  // By order of seizure: 王某 (first seizure) in full, then 刘某某 with what is left.
  lines: [COSTS, BANK, { ...ORDINARY[0]!, paidFen: 30_000_000 }, { ...ORDINARY[2]!, paidFen: 8_620_000 }],
  legalBasis: `${CPL_INTERPRETATION}第五百一十四条`,
};

const field = (path: string) => (e: unknown) => e instanceof AppError && e.code === 'VALIDATION_FAILED' && e.messageEn.startsWith(`${path}:`);

/** The table's rows, each a list of its cells' text. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) =>
    [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) => [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('')),
  );
}

const HEADINGS = ['序号', '债权人', '执行依据', '顺位', '债权金额（元）', '分配金额（元）', '未受偿金额（元）'];
const OBJECTION = `债权人或者被执行人对本分配方案有异议的，应当依照${CPL_INTERPRETATION}第五百零九条的规定，自收到本分配方案之日起十五日内向本院提出书面异议。`;
const FOLLOW_UP =
  '债权人或者被执行人提出书面异议的，本院将通知未提出异议的债权人、被执行人。未提出异议的债权人、被执行人自收到通知之日起十五日内未提出反对意见的，本院依异议人的意见对分配方案审查修正后进行分配；提出反对意见的，本院将通知异议人，异议人可以自收到通知之日起十五日内，以提出反对意见的债权人、被执行人为被告，向本院提起诉讼；异议人逾期未提起诉讼的，本院按照本分配方案进行分配。诉讼期间进行分配的，本院将提存与争议债权数额相应的款项。';

describe('buildDistributionPlanDocx', () => {
  it('prints the parties, the proceeds in figures and capitals, and the order of art. 508', async () => {
    const docx = await buildDistributionPlanDocx(BASE);
    writeSample('distribution-plan-person.docx', docx);
    const doc = openDocx(docx);
    assertCommon(doc, { title: '财产分配方案', documentNumber: '（2026）辽0202执123号之五', debtorName: '张某某' });
    assert.ok(doc.text.includes(`\n（2026）辽0202执123号之五\n被执行人：张某某，公民身份号码${MASKED_ID}。\n`), doc.text);
    assert.ok(
      doc.text.includes(
        '\n本院在执行（2026）辽0202执123号案件中，拍卖被执行人张某某名下位于大连市中山区某某路1号1单元101室的房产所得价款共计人民币1,000,000.00元（大写：壹佰万元整）。\n',
      ),
    );
    assert.ok(doc.text.includes('\n债权人大连某某银行股份有限公司、王某、大连某某建材有限公司、刘某某对被执行人张某某申请执行或者对上述执行财产申请参与分配。\n'));
    assert.ok(doc.text.includes(`\n依照${BASE.legalBasis}之规定，本院制作财产分配方案如下：\n一、可供分配的执行所得价款为人民币1,000,000.00元（大写：壹佰万元整）。\n`));
    assert.ok(
      doc.text.includes(
        `\n二、依照${CPL_INTERPRETATION}第五百零八条的规定，执行所得价款扣除执行费用，并清偿应当优先受偿的债权后，对于普通债权，按照其占全部申请参与分配债权数额的比例受偿。\n三、各项债权的分配情况如下表：\n序号\n`,
      ),
      doc.text,
    );
    assert.ok(!doc.text.includes('第五百一十四条'));
  });

  it('tabulates every line in payment order with the totals', async () => {
    const doc = openDocx(await buildDistributionPlanDocx(BASE));
    assert.deepEqual(tableRows(doc.xml), [
      HEADINGS,
      ['1', '执行费用', '—', '执行费用', '13,800.00', '13,800.00', '0.00'],
      ['2', '大连某某银行股份有限公司', '（2025）辽0202民初456号民事判决', '优先受偿：抵押权（2023-05-06 登记）', '600,000.00', '600,000.00', '0.00'],
      ['3', '王某', '（2025）辽0202民初100号民事判决', '普通债权', '300,000.00', '193,100.00', '106,900.00'],
      ['4', '大连某某建材有限公司', '（2025）辽0202民初200号民事调解书', '普通债权', '200,000.00', '128,733.33', '71,266.67'],
      ['5', '刘某某', '（2026）辽0202民初7号民事判决', '普通债权', '100,000.00', '64,366.67', '35,633.33'],
      ['合计', '1,213,800.00', '1,000,000.00', '213,800.00'],
    ]);
    assert.match(doc.xml, /<w:tblHeader\/>/, 'the heading row repeats on every page');
    assert.match(doc.xml, /<w:gridSpan w:val="4"\/>/, '合计 spans the text columns');
    assert.match(doc.stylesXml, /w:styleId="CourtTableText"/);
  });

  it('states the totals in capitals, the balance still owed, and no surplus', async () => {
    const { text } = openDocx(await buildDistributionPlanDocx(BASE));
    assert.ok(
      text.includes(
        '\n四、以上共分配人民币1,000,000.00元（大写：壹佰万元整）；尚未受偿的债权共计人民币213,800.00元（大写：贰拾壹万叁仟捌佰元整）。\n五、清偿后的剩余债务，被执行人张某某应当继续清偿。债权人发现被执行人有其他财产的，可以随时请求人民法院执行。\n',
      ),
      text,
    );
    assert.ok(!text.includes('退还被执行人'));
  });

  it('serves notice of the 15-day objection (art. 509) and what follows it (art. 510)', async () => {
    const { text } = openDocx(await buildDistributionPlanDocx(BASE));
    assert.ok(text.includes(`\n${OBJECTION}\n依照${CPL_INTERPRETATION}第五百一十条的规定，${FOLLOW_UP}\n辽宁省大连市中山区人民法院\n`), text);
  });

  it('returns a surplus to the debtor once every claim is paid in full', async () => {
    const docx = await buildDistributionPlanDocx(SURPLUS);
    writeSample('distribution-plan-surplus.docx', docx);
    const doc = openDocx(docx);
    assert.ok(
      doc.text.includes(
        '\n四、以上共分配人民币400,000.00元（大写：肆拾万元整），各项债权均已足额受偿。\n五、清偿上述全部债权后剩余人民币100,000.00元（大写：壹拾万元整），退还被执行人张某某。\n',
      ),
      doc.text,
    );
    assert.ok(!doc.text.includes('继续清偿'));
    assert.deepEqual(tableRows(doc.xml).at(-1), ['合计', '400,000.00', '400,000.00', '0.00']);
  });

  it('pays an enterprise debtor’s ordinary claims in order of seizure (art. 514), with 执行程序解释 arts. 17–18', async () => {
    const docx = await buildDistributionPlanDocx(COMPANY);
    writeSample('distribution-plan-enterprise.docx', docx);
    const doc = openDocx(docx);
    assertCommon(doc, { title: '财产分配方案', documentNumber: '（2026）辽0202执123号之五', debtorName: '大连某某贸易有限公司' });
    assert.ok(doc.text.includes('\n被执行人：大连某某贸易有限公司，统一社会信用代码91210202MA0Y8K3X2Q。\n法定代表人：李某。\n'));
    assert.ok(
      doc.text.includes(
        '\n债权人大连某某银行股份有限公司、王某、刘某某对被执行人大连某某贸易有限公司申请执行。被执行人大连某某贸易有限公司为企业法人，当事人不同意移送破产或者被执行人住所地人民法院不受理破产案件。\n',
      ),
    );
    assert.ok(
      doc.text.includes(
        `\n二、依照${CPL_INTERPRETATION}第五百一十四条的规定，执行所得价款在扣除执行费用及清偿优先受偿的债权后，对于普通债权，按照财产保全和执行中查封、扣押、冻结财产的先后顺序清偿。\n`,
      ),
    );
    assert.ok(!doc.text.includes('比例受偿') && !doc.text.includes('参与分配'), 'an enterprise is not the object of 参与分配 (art. 506)');
    assert.ok(doc.text.includes(`应当依照${PROCEDURE_INTERPRETATION}第十七条的规定，自收到本分配方案之日起十五日内向本院提出书面异议。`));
    assert.ok(doc.text.includes(`\n依照${PROCEDURE_INTERPRETATION}第十八条的规定，${FOLLOW_UP}\n`));
    assert.deepEqual(tableRows(doc.xml).slice(3), [
      ['3', '王某', '（2025）辽0202民初100号民事判决', '普通债权', '300,000.00', '300,000.00', '0.00'],
      ['4', '刘某某', '（2026）辽0202民初7号民事判决', '普通债权', '100,000.00', '86,200.00', '13,800.00'],
      ['合计', '1,013,800.00', '1,000,000.00', '13,800.00'],
    ]);
  });

  it('prints the plan the domain computes', async () => {
    const plan = planDistribution({
      amount: 100_000_000,
      costs: 1_380_000,
      debtorKind: 'naturalPerson',
      claims: [
        { id: 'bank', amount: 60_000_000, priority: { rank: 1, since: '2023-05-06' } },
        ...ORDINARY.map((l, i) => ({ id: `o${i}`, amount: l.owedFen })),
      ],
    });
    assert.ok(plan.ok);
    const lines = plan.value.lines.map((l, i): DistributionCreditorLine => ({ ...BASE.lines[i]!, owedFen: l.owed, paidFen: l.paid }));
    assert.deepEqual(lines, BASE.lines, 'the sample figures are the domain’s');
    await buildDistributionPlanDocx({ ...BASE, lines, surplusFen: plan.value.surplus });
  });

  it('masks a full identity number handed in by mistake', async () => {
    const doc = openDocx(await buildDistributionPlanDocx({ ...BASE, debtor: { ...PERSON_DEBTOR, idNumberMasked: FULL_ID } }));
    assert.ok(!doc.xml.includes(FULL_ID));
    assert.ok(doc.text.includes(`被执行人：张某某，公民身份号码${MASKED_ID}。`));
  });

  it('refuses a plan that makes or loses a fen', async () => {
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, amountFen: 100_000_001 }), field('amountFen'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, amountFen: 99_999_999 }), field('amountFen'));
    await assert.rejects(buildDistributionPlanDocx({ ...SURPLUS, surplusFen: 10_000_001 }), field('amountFen'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, lines: [COSTS, BANK, ORDINARY[0]!, ORDINARY[1]!, { ...ORDINARY[2]!, paidFen: 6_436_666 }] }), field('amountFen'));
  });

  it('refuses negative amounts and a line paid more than it is owed', async () => {
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, lines: [{ ...COSTS, paidFen: 1_380_001 }, BANK, ...ORDINARY] }), field('lines.0.paidFen'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, lines: [COSTS, { ...BANK, paidFen: -1 }, ...ORDINARY] }), field('lines.1.paidFen'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, lines: [COSTS, { ...BANK, owedFen: -60_000_000 }, ...ORDINARY] }), field('lines.1.owedFen'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, lines: [COSTS, BANK, { ...ORDINARY[0]!, paidFen: 19_310_000.5 }, ...ORDINARY.slice(1)] }), field('lines.2.paidFen'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, surplusFen: -1 }), field('surplusFen'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, amountFen: -100_000_000 }), field('amountFen'));
  });

  it('refuses a plan without a claim', async () => {
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, lines: [] }), field('lines'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, amountFen: 1_380_000, lines: [COSTS] }), field('lines'));
  });

  it('holds the plan to the order of art. 508 and to the shares it states', async () => {
    // Out of order, or two costs lines.
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, lines: [COSTS, ...ORDINARY, BANK] }), field('lines.4.tier'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, lines: [BANK, COSTS, ...ORDINARY] }), field('lines.1.tier'));
    await assert.rejects(
      buildDistributionPlanDocx({ ...BASE, lines: [{ ...COSTS, owedFen: 690_000, paidFen: 690_000 }, { ...COSTS, owedFen: 690_000, paidFen: 690_000 }, BANK, ...ORDINARY] }),
      field('lines.1.tier'),
    );
    // Ordinary claims paid while the secured claim is short.
    await assert.rejects(
      buildDistributionPlanDocx({ ...COMPANY, lines: [COSTS, { ...BANK, paidFen: 59_999_999 }, { ...ORDINARY[0]!, paidFen: 30_000_000 }, { ...ORDINARY[2]!, paidFen: 8_620_001 }] }),
      field('lines.2.paidFen'),
    );
    // Not the pro-rata shares the plan states for a natural-person debtor.
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, lines: [COSTS, BANK, { ...ORDINARY[0]!, paidFen: 19_310_001 }, { ...ORDINARY[1]!, paidFen: 12_873_332 }, ORDINARY[2]!] }), field('lines.2.paidFen'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, lines: COMPANY.lines }), field('lines.2.paidFen'));
    // Money back to the debtor while a creditor is short.
    await assert.rejects(buildDistributionPlanDocx({ ...SURPLUS, lines: [SURPLUS.lines[0]!, { ...SURPLUS.lines[1]!, owedFen: 10_000_001 }] }), field('surplusFen'));
  });

  it('refuses particulars that do not belong to the line, and blank required text', async () => {
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, lines: [{ ...COSTS, basis: '（2025）辽0202民初1号' }, BANK, ...ORDINARY] }), field('lines.0.basis'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, lines: [COSTS, BANK, { ...ORDINARY[0]!, priorityNote: '抵押权' }, ...ORDINARY.slice(1)] }), field('lines.2.priorityNote'));
    const { priorityNote: _note, ...unsecured } = BANK;
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, lines: [COSTS, unsecured, ...ORDINARY] }), field('lines.1.priorityNote'));
    const { basis: _basis, ...noBasis } = ORDINARY[0]!;
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, lines: [COSTS, BANK, noBasis, ...ORDINARY.slice(1)] }), field('lines.2.basis'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, lines: [COSTS, { ...BANK, creditor: ' ' }, ...ORDINARY] }), field('lines.1.creditor'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, lines: [COSTS, { ...BANK, tier: 'secured' as 'priority' }, ...ORDINARY] }), field('lines.1.tier'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, proceedsSource: '' }), field('proceedsSource'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, legalBasis: '' }), field('legalBasis'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, decisionDate: '2026-02-30' }), field('decisionDate'));
  });

  it('prints a priority creditor that applied without an enforcement basis (art. 506 ¶2)', async () => {
    const { basis: _basis, ...direct } = BANK;
    const doc = openDocx(await buildDistributionPlanDocx({ ...BASE, lines: [COSTS, direct, ...ORDINARY] }));
    assert.deepEqual(tableRows(doc.xml)[2]?.slice(1, 4), ['大连某某银行股份有限公司', '—', '优先受偿：抵押权（2023-05-06 登记）']);
  });

  it('takes only the debtor kinds whose share rule it knows, matching the debtor', async () => {
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, debtorKindZh: '个体工商户' }), field('debtorKindZh'));
    await assert.rejects(buildDistributionPlanDocx({ ...BASE, debtorKindZh: '企业法人' }), field('debtorKindZh'));
    await assert.rejects(buildDistributionPlanDocx({ ...COMPANY, debtorKindZh: '自然人' }), field('debtorKindZh'));
    const org = openDocx(await buildDistributionPlanDocx({ ...BASE, debtor: COMPANY_DEBTOR, debtorKindZh: '其他组织' }));
    assert.ok(org.text.includes('第五百零八条的规定') && org.text.includes('第五百零九条的规定'));
  });
});
