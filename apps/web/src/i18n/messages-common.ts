import type { Message } from './message.js';

export const COMMON_MESSAGES = {
  'app.brand': { zh: '执行', en: 'Zhixing' },
  'app.subtitle': { zh: '执行案件管理平台', en: 'Enforcement case platform' },
  'app.documentTitle': { zh: '执行 · 执行案件管理平台', en: 'Zhixing · Enforcement case platform' },

  'nav.label': { zh: '主导航', en: 'Main navigation' },
  'nav.skipToContent': { zh: '跳到主要内容', en: 'Skip to main content' },
  'nav.cases': { zh: '案件', en: 'Cases' },
  'nav.fileCase': { zh: '立案', en: 'File a case' },
  'nav.warnings': { zh: '预警', en: 'Warnings' },
  'nav.calculators': { zh: '计算器', en: 'Calculators' },
  'nav.admin': { zh: '系统管理', en: 'Administration' },
  'nav.users': { zh: '用户管理', en: 'Users' },
  'nav.calendar': { zh: '节假日日历', en: 'Holiday calendar' },
  'nav.audit': { zh: '审计校验', en: 'Audit check' },

  'header.currentUser': { zh: '当前用户', en: 'Signed in as' },
  'header.language': { zh: '界面语言', en: 'Interface language' },
  'header.logout': { zh: '退出', en: 'Log out' },

  'login.title': { zh: '执行案件管理平台', en: 'Enforcement case platform' },
  'login.subtitle': { zh: '法院工作人员登录', en: 'Sign in for court staff' },
  'login.username': { zh: '用户名', en: 'Username' },
  'login.password': { zh: '密码', en: 'Password' },
  'login.usernameRequired': { zh: '请输入用户名', en: 'Enter your username' },
  'login.passwordRequired': { zh: '请输入密码', en: 'Enter your password' },
  'login.submit': { zh: '登录', en: 'Log in' },
  'login.expired': { zh: '登录已过期，请重新登录。', en: 'Your session has ended. Please log in again.' },
  'login.lockedUntil': { zh: '可于 {time} 后再试；如需提前解锁，请联系本院系统管理员。', en: 'You can try again after {time}. To unlock sooner, ask your court’s system administrator.' },
  'login.notice': {
    zh: '本系统仅供法院工作人员办理执行案件使用，所有操作均记入审计留痕。',
    en: 'For court staff handling enforcement cases only. Every action is recorded in the audit trail.',
  },

  'common.loading': { zh: '正在加载…', en: 'Loading…' },
  'common.retry': { zh: '重试', en: 'Try again' },
  'common.refresh': { zh: '刷新', en: 'Refresh' },
  'common.cancel': { zh: '取消', en: 'Cancel' },
  'common.done': { zh: '完成', en: 'Done' },
  'common.remove': { zh: '删除', en: 'Remove' },
  'common.optional': { zh: '选填', en: 'Optional' },
  'common.none': { zh: '无', en: 'None' },
  'common.nameWithRole': { zh: '{name}（{role}）', en: '{name} ({role})' },
  'common.labelWithDate': { zh: '{label}（{date}）', en: '{label} ({date})' },
  'common.yes': { zh: '是', en: 'Yes' },
  'common.no': { zh: '否', en: 'No' },

  'error.network': { zh: '无法连接服务器，请检查网络后重试。', en: 'Cannot reach the server. Check the network and try again.' },
  'error.http': { zh: '服务器返回错误（HTTP {status}）。', en: 'The server answered with an error (HTTP {status}).' },
  'error.unexpected': { zh: '发生意外错误，请刷新页面后重试。', en: 'Something unexpected went wrong. Reload the page and try again.' },
  'error.requestId': { zh: '如需报告问题，请提供请求编号：{id}', en: 'When reporting this, quote request id {id}' },

  'notFound.title': { zh: '页面不存在', en: 'Page not found' },
  'notFound.description': { zh: '该页面不存在，或您无权访问。', en: 'This page does not exist, or you may not open it.' },
  'notFound.back': { zh: '返回案件列表', en: 'Back to cases' },
  'notFound.backAdmin': { zh: '返回系统管理', en: 'Back to administration' },
} as const satisfies Record<string, Message>;
