import type { PartyContext, SubmissionKind } from './affairs-kinds.js';
import { AppointmentFields } from './appointment-fields.js';
import { ComplaintFields } from './complaint-fields.js';
import { FilingRequestFields } from './filing-request-fields.js';
import { ObjectionFields } from './objection-fields.js';
import { PropertyClueFields } from './property-clue-fields.js';

/** The kind's own fields. */
export function KindFields({ kind, party }: { kind: SubmissionKind; party: PartyContext | null }) {
  switch (kind) {
    case 'filingRequest':
      return <FilingRequestFields />;
    case 'propertyClue':
      return <PropertyClueFields onCase={party !== null} />;
    case 'objection':
      return <ObjectionFields onCase={party !== null} />;
    case 'complaint':
      return <ComplaintFields />;
    case 'appointment':
      return <AppointmentFields partyCourtId={party ? party.courtId : undefined} />;
  }
}
