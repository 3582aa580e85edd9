/** Who is asking on a party route (`Bearer zxp_…`): their live session's case and party. */
export interface PartyPrincipal {
  readonly tokenHash: string;
  readonly caseId: string;
  readonly partyId: string;
  readonly courtId: string;
}
