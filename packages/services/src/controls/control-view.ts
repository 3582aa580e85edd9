import type { CaseControlRow, CaseDocumentRow, InstitutionRow } from '@zhixing/db';
import { diffDays, type CivilDate, type OverSeizureOverride, type PropertyKind } from '@zhixing/domain';
import type { PropertyRow } from './assess-control.js';

export interface CaseControlView {
  id: string;
  propertyId: string;
  propertyKind: PropertyKind;
  propertyDescription: string;
  propertyRef: string;
  institutionName: string;
  act: CaseControlRow['act'];
  state: CaseControlRow['state'];
  amountFen: number | null;
  heldFen: number | null;
  deductedFen: number;
  valueFen: number;
  controlRef: string | null;
  queueAhead: number | null;
  termMonths: number;
  startsOn: string | null;
  expiresOn: string | null;
  renewBy: string | null;
  daysToRenew: number | null;
  override: { ground: OverSeizureOverride; note: string } | null;
  rulingNumber: string;
  pendingAct: CaseControlRow['pending_act'];
  orderedAt: string;
}

export function controlView(c: CaseControlRow, property: Pick<PropertyRow, 'kind' | 'description' | 'ref'>, institution: Pick<InstitutionRow, 'name'>, today: CivilDate): CaseControlView {
  return {
    id: c.id,
    propertyId: c.property_id,
    propertyKind: property.kind as PropertyKind,
    propertyDescription: property.description,
    propertyRef: property.ref,
    institutionName: institution.name,
    act: c.act,
    state: c.state,
    amountFen: c.amount_fen,
    heldFen: c.held_fen,
    deductedFen: c.deducted_fen,
    valueFen: c.value_fen,
    controlRef: c.control_ref,
    queueAhead: c.queue_ahead,
    termMonths: c.term_months,
    startsOn: c.starts_on,
    expiresOn: c.expires_on,
    renewBy: c.renew_by,
    daysToRenew: c.renew_by && c.state === 'inEffect' ? diffDays(today, c.renew_by) : null,
    override: c.override_ground ? { ground: c.override_ground as OverSeizureOverride, note: c.override_note ?? '' } : null,
    rulingNumber: c.ruling_number,
    pendingAct: c.pending_act,
    orderedAt: c.ordered_at.toISOString(),
  };
}

export function documentView(d: Pick<CaseDocumentRow, 'id' | 'kind' | 'number' | 'title' | 'issued_on' | 'sha256' | 'control_id'>) {
  return { id: d.id, kind: d.kind, number: d.number, title: d.title, issuedOn: d.issued_on, sha256: d.sha256, controlId: d.control_id };
}
