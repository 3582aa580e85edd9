/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PREVIEW_FACTS, toProposal, type ProposalValues } from './credit-proposal-values.js';

const DEBTOR = '11111111-1111-4111-8111-111111111111';
const company = { preview: false, debtorIsOrganisation: true };
const person = { preview: false, debtorIsOrganisation: false };

describe('credit proposal from the form', () => {
  it('asks nothing until there is a debtor, and for a listing a ground', () => {
    assert.equal(toProposal('consumptionRestriction', {}, company), null);
    assert.equal(toProposal('dishonestListing', { debtorPartyId: DEBTOR }, company), null);
    assert.notEqual(toProposal('consumptionRestriction', { debtorPartyId: DEBTOR }, company), null);
  });

  it('sends the facts typed, or a stand-in for the preview so typing them asks the server nothing', () => {
    const values: ProposalValues = { debtorPartyId: DEBTOR, facts: '  未按执行通知履行  ' };
    assert.equal(toProposal('consumptionRestriction', values, company)?.facts, '未按执行通知履行');
    assert.equal(toProposal('consumptionRestriction', values, { ...company, preview: true })?.facts, PREVIEW_FACTS);
  });

  it('keeps the extension and aggravation for grounds 2–6 and the art. 3 circumstances for ground 1 only', () => {
    const base: ProposalValues = { debtorPartyId: DEBTOR, facts: '转移财产规避执行', extensionYears: 2, aggravation: 'multipleDishonestActs', attestations: ['securityProvided'] };
    const evades = toProposal('dishonestListing', { ...base, ground: 'evadesEnforcement' }, company);
    assert.ok(evades?.kind === 'dishonestListing');
    assert.equal(evades.extensionYears, 2);
    assert.equal(evades.aggravation, 'multipleDishonestActs');
    assert.deepEqual(evades.attestations, { securityProvided: false, seizedPropertySufficient: false, laterInPerformanceOrder: false });

    const refuses = toProposal('dishonestListing', { ...base, ground: 'ableButRefuses' }, company);
    assert.ok(refuses?.kind === 'dishonestListing');
    assert.equal(refuses.extensionYears, 0);
    assert.equal(refuses.aggravation, null);
    assert.deepEqual(refuses.attestations, { securityProvided: true, seizedPropertySufficient: false, laterInPerformanceOrder: false });

    const noExtension = toProposal('dishonestListing', { ...base, ground: 'evadesEnforcement', extensionYears: 0 }, company);
    assert.ok(noExtension?.kind === 'dishonestListing');
    assert.equal(noExtension.aggravation, null);
  });

  it('names bound persons only for an organisation, upper-cases ID numbers and leaves rows still being typed out', () => {
    const values: ProposalValues = {
      debtorPartyId: DEBTOR,
      facts: '未履行',
      persons: [
        { role: 'legalRepresentative', name: ' 刘海 ', idNumber: '21020319751111789x' },
        { role: 'principalOfficer', name: '张三', idNumber: '' },
      ],
    };
    const restriction = toProposal('consumptionRestriction', values, company);
    assert.ok(restriction?.kind === 'consumptionRestriction');
    assert.deepEqual(restriction.boundPersons, [{ role: 'legalRepresentative', name: '刘海', idNumber: '21020319751111789X' }]);
    const ofPerson = toProposal('consumptionRestriction', values, person);
    assert.ok(ofPerson?.kind === 'consumptionRestriction');
    assert.deepEqual(ofPerson.boundPersons, []);
  });

  it('gives an exit restriction its ex officio reason only when the court acts of its own motion', () => {
    const values: ProposalValues = { debtorPartyId: DEBTOR, facts: '可能出境逃避执行', basis: 'exOfficio', exOfficioReason: '  近期频繁出境  ' };
    const exOfficio = toProposal('exitRestriction', values, person);
    assert.ok(exOfficio?.kind === 'exitRestriction');
    assert.equal(exOfficio.onApplicantRequest, false);
    assert.equal(exOfficio.exOfficioReason, '近期频繁出境');
    const requested = toProposal('exitRestriction', { ...values, basis: 'applicant' }, person);
    assert.ok(requested?.kind === 'exitRestriction');
    assert.equal(requested.onApplicantRequest, true);
    assert.equal(requested.exOfficioReason, null);
  });
});
