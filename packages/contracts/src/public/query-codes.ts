import { z } from 'zod';

/** A party's query code as handed out once — at filing, or when a clerk issues a new one (issue 5). */
export const zIssuedQueryCode = z
  .object({
    partyId: z.uuid(),
    name: z.string(),
    partyRole: z.enum(['applicant', 'debtor']),
    /** Printed in groups of four (K7QM-3XWP-9HDT); shown this once, only its hash is kept. */
    code: z.string(),
    issuedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'IssuedQueryCode' });
export type IssuedQueryCode = z.infer<typeof zIssuedQueryCode>;
