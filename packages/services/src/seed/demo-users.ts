import type { Role } from '@zhixing/domain';

/** Demo accounts printed by `npm start`. Never used outside demo data (the seed refuses DATABASE_URL unless asked). */
export const DEMO_PASSWORD = 'Zhixing#2026';

export const DEMO_USERS: ReadonlyArray<{ username: string; displayName: string; role: Role; courtId: string }> = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', courtId: '2102' },
  { username: 'supervisor.city', displayName: '周监督（市中院）', role: 'city_supervisor', courtId: '2102' },
  { username: 'judge.city', displayName: '吴法官（市中院）', role: 'judge', courtId: '2102' },
  { username: 'judge.zs', displayName: '王法官', role: 'judge', courtId: '210202' },
  { username: 'officer.zs', displayName: '赵执行员', role: 'officer', courtId: '210202' },
  { username: 'clerk.zs', displayName: '孙书记员', role: 'clerk', courtId: '210202' },
  { username: 'chief.zs', displayName: '李局长', role: 'bureau_chief', courtId: '210202' },
  { username: 'president.zs', displayName: '陈院长', role: 'president', courtId: '210202' },
  { username: 'judge.xg', displayName: '刘法官（西岗）', role: 'judge', courtId: '210203' },
  { username: 'chief.xg', displayName: '郑局长（西岗）', role: 'bureau_chief', courtId: '210203' },
];
