import type { Message } from './message.js';

/** The console's words for the parties' portal query codes (issue 5). */
export const PORTAL_CODE_MESSAGES = {
  'queryCode.title': { zh: '当事人查询码 · {caseNumber}', en: 'Portal query codes · {caseNumber}' },
  'queryCode.onceTitle': { zh: '查询码只显示这一次', en: 'The codes are shown this once' },
  'queryCode.once': {
    zh: '请现在打印或抄录到各当事人的受理通知书上。系统只保存查询码的摘要，关闭后无法再次查看；遗失的可在当事人列表中重新生成。',
    en: 'Print them or copy them onto each party\'s filing notice now. Only a digest is kept: once closed they cannot be shown again; a lost code can be replaced from the parties list.',
  },
  'queryCode.where': {
    zh: '当事人凭案号、本人证件号码和查询码，在执行信息公开网（/portal）查看本案进展。连续三次输错将暂停本案查询30分钟。',
    en: 'With the case number, their own ID number and this code, a party follows the case on the public portal (/portal). Three wrong codes pause access to the case for 30 minutes.',
  },
  'queryCode.code': { zh: '查询码', en: 'Query code' },
  'queryCode.notice': { zh: '立案通知书', en: 'Filing notice' },
  'queryCode.noticeDownload': { zh: '下载（含查询码）', en: 'Download (with the code)' },
  'queryCode.noticeFor': { zh: '下载{name}的立案通知书（含查询码）', en: 'Download the filing notice of {name} (with the code)' },
  'queryCode.print': { zh: '打印', en: 'Print' },
  'queryCode.done': { zh: '已记录', en: 'Noted' },
  'queryCode.column': { zh: '公开网查询码', en: 'Portal code' },
  'queryCode.reissue': { zh: '重新生成', en: 'New code' },
  'queryCode.reissueFor': { zh: '为{name}重新生成查询码', en: 'Issue {name} a new query code' },
  'queryCode.reissueTitle': { zh: '为{name}重新生成查询码？', en: 'Issue {name} a new query code?' },
  'queryCode.reissueWarning': { zh: '原查询码立即作废，已用原查询码登录的当事人将被退出。此操作记入案件日志。', en: 'The old code stops working at once and anyone signed in with it is signed out. The act is recorded in the case history.' },
  'queryCode.reissueConfirm': { zh: '重新生成', en: 'Issue new code' },
} as const satisfies Record<string, Message>;
