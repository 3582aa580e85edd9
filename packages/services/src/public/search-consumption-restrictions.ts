import { SUBJECT_ROLE_LABELS, isSubjectRole, maskResidentId } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import { publicListRows, type PublicListQuery } from './public-list-query.js';

/**
 * The public search of consumption-restricted persons (限制消费令, issue 5): the debtor, and for an
 * organisation debtor the people the order binds (legal representative, principal officer, directly
 * responsible person, actual controller), each found by their own name and ID number.
 */
export async function searchConsumptionRestrictions(ctx: ServiceContext, q: PublicListQuery) {
  const rows = await publicListRows(ctx, 'consumptionRestriction', q, 'all');
  return {
    items: rows.map((r) => {
      const role = isSubjectRole(r.role) ? r.role : 'debtor';
      return {
        name: r.name,
        kind: r.subject_kind,
        idMasked: r.subject_kind === 'person' ? maskResidentId(r.id_number ?? '') : (r.credit_code ?? ''),
        role,
        roleLabel: SUBJECT_ROLE_LABELS[role].zh,
        /** The restricted debtor a bound person answers for (their own name when they are the debtor). */
        debtorName: r.debtor_name,
        courtName: r.court_name,
        caseNumber: r.case_number,
        publishedOn: r.publish_on ?? '',
      };
    }),
  };
}
