/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import dayjs from 'dayjs';
import { sumClaims, toFileCaseBody, type FileCaseValues } from './file-case-values.js';

const values: FileCaseValues = {
  caseType: 'first',
  filedOn: dayjs('2026-11-29'),
  cause: ' 买卖合同纠纷 ',
  basis: { type: 'judgment', issuer: '大连市中山区人民法院', documentNumber: '（2026）辽0202民初789号', effectiveDate: dayjs('2026-10-09'), performanceDeadline: null },
  applicants: [{ kind: 'person', name: '陈晓明', idNumber: '11010519491231002x' }],
  debtors: [{ kind: 'organisation', name: '大连海岳贸易有限公司', creditCode: '91350100m000100y43', legalRepresentative: '刘海', phone: ' ' }],
  claims: [{ kind: 'principal', amount: '150000' }],
};

describe('the filing form’s request body', () => {
  it('sends the day the application was received only when it is entered', () => {
    assert.equal('receivedOn' in toFileCaseBody(values), false);
    assert.equal('receivedOn' in toFileCaseBody({ ...values, receivedOn: null }), false);
    assert.equal(toFileCaseBody({ ...values, receivedOn: dayjs('2026-11-27') }).receivedOn, '2026-11-27');
  });

  it('trims text, upper-cases identity numbers, leaves blank optional fields out and sends yuan with two decimals', () => {
    const body = toFileCaseBody(values);
    assert.equal(body.cause, '买卖合同纠纷');
    assert.equal(body.filedOn, '2026-11-29');
    assert.deepEqual(body.applicants[0], { kind: 'person', name: '陈晓明', idNumber: '11010519491231002X' });
    assert.deepEqual(body.debtors[0], { kind: 'organisation', name: '大连海岳贸易有限公司', creditCode: '91350100M000100Y43', legalRepresentative: '刘海' });
    assert.deepEqual(body.claims[0], { kind: 'principal', amount: '150000.00' });
  });

  it('adds up money claims in fen, skipping non-money ones and amounts still being typed', () => {
    assert.equal(sumClaims([{ kind: 'principal', amount: '0.10' }, { kind: 'costs', amount: '0.20' }, { kind: 'nonMoney', description: '交付车辆' }, { kind: 'interest', amount: '1.2.3' }]), '0.30');
    assert.equal(sumClaims(undefined), '0.00');
  });
});
