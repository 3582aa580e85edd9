import type { Executor } from '@zhixing/db';
import type { Role } from '@zhixing/domain';

export interface UserRef {
  id: string;
  displayName: string;
  role: Role;
}

export interface UserRefs {
  /** A user the rows reference by foreign key: always there. */
  get(id: string): UserRef;
  maybe(id: string | null): UserRef | null;
}

/** The users the rows name, in one query, as the API's user references. */
export async function userRefs(db: Executor, ids: ReadonlyArray<string | null>): Promise<UserRefs> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  const rows = wanted.length ? await db.selectFrom('users').select(['id', 'display_name', 'role']).where('id', 'in', wanted).execute() : [];
  const byId = new Map(rows.map((u) => [u.id, { id: u.id, displayName: u.display_name, role: u.role as Role }]));
  const maybe = (id: string | null) => (id === null ? null : (byId.get(id) ?? null));
  return {
    maybe,
    get(id) {
      const ref = byId.get(id);
      if (!ref) throw new Error(`user ${id} referenced but not found`);
      return ref;
    },
  };
}
