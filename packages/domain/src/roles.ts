/**
 * Staff roles (mission.md "Who uses it"; glossary). Identifiers are English; the UI shows Chinese.
 */
export const ROLES = ['admin', 'judge', 'officer', 'clerk', 'bureau_chief', 'president', 'city_supervisor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, { zh: string; en: string }>> = {
  admin: { zh: '系统管理员', en: 'System administrator' },
  judge: { zh: '执行法官', en: 'Enforcement judge' },
  officer: { zh: '执行员', en: 'Enforcement officer' },
  clerk: { zh: '书记员', en: 'Clerk' },
  bureau_chief: { zh: '执行局长', en: 'Bureau chief' },
  president: { zh: '院领导', en: 'Court leadership' },
  city_supervisor: { zh: '市中院监督', en: 'City supervisor' },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
