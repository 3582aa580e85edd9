/**
 * Who may take each act on a case, in which stages, and on what legal basis. `decide` reads
 * this table, and the UI shows it, so the two can never disagree.
 */
import type { Role } from '../roles.js';
import type { CaseActionType } from './case-action.js';
import { OPEN_STAGES } from './case-stages.js';
import type { OpenStage } from './case-stages.js';

/**
 * - `court`: anyone of an allowed role in the case's court;
 * - `handler`: the case's handler, or a bureau chief / court leader (who supervise every case
 *   of their court); a clerk (书记员) serves documents for the handler's team, and clerk
 *   assignments are not recorded on the case, so court scope is the check for clerks;
 * - `handlerOnly`: the handler personally, whatever the role.
 */
export type ActorScope = 'court' | 'handler' | 'handlerOnly';

export interface TransitionRule {
  readonly roles: readonly Role[];
  readonly stages: readonly OpenStage[];
  /** May be taken while the case is stayed or deferred. */
  readonly whileSuspended: boolean;
  readonly scope: ActorScope;
  /** `same`: the act does not move the case to another stage. */
  readonly nextStage: OpenStage | 'closed' | 'same';
  readonly legalBasis: string;
  readonly zh: string;
  readonly en: string;
}

/** Roles that supervise every case of their court (mission.md "Who uses it"). */
export const SUPERVISOR_ROLES: readonly Role[] = ['bureau_chief', 'president'];

/** Roles that may change the handler once one is assigned. */
export const REASSIGNMENT_ROLES: readonly Role[] = SUPERVISOR_ROLES;

/**
 * Rulings and decisions (stay, deferral, closing) are made by judges or approved by leaders;
 * an enforcement officer (执行员) carries them out but does not sign them (民事诉讼法 art. 239;
 * mission.md: separate who decides from who executes).
 */
const DECIDING_ROLES: readonly Role[] = ['judge', 'bureau_chief', 'president'];
const HANDLING_ROLES: readonly Role[] = ['judge', 'officer', 'bureau_chief', 'president'];

export const TRANSITION_RULES: Readonly<Record<CaseActionType, TransitionRule>> = {
  assignHandler: {
    roles: ['bureau_chief', 'president', 'judge'],
    stages: OPEN_STAGES,
    whileSuspended: true,
    scope: 'court',
    nextStage: 'assigned',
    legalBasis: '执行期限规定（法发〔2006〕35号）第二条',
    zh: '分案：指定承办人（立案后七日内）；已分案的，仅执行局长或院领导可变更承办人，阶段不变',
    en: 'Assign the handler (within 7 days of filing); once assigned, only the bureau chief or court leadership may reassign, keeping the stage',
  },
  serveNotice: {
    roles: ['judge', 'officer', 'clerk'],
    stages: ['assigned'],
    whileSuspended: false,
    scope: 'handler',
    nextStage: 'notified',
    legalBasis: '民诉法解释 第四百八十条；民事诉讼法 第二百五十一条、第二百五十二条；财产调查规定 第三条',
    zh: '送达执行通知书和报告财产令（同时发出，立案后十日内）',
    en: 'Serve the enforcement notice together with the property report order (within 10 days of filing)',
  },
  startInvestigation: {
    roles: HANDLING_ROLES,
    stages: ['notified'],
    whileSuspended: false,
    scope: 'handler',
    nextStage: 'investigating',
    legalBasis: '民事诉讼法 第二百五十二条、第二百五十三条；财产调查规定',
    zh: '开始财产调查与查控',
    en: 'Start investigating and controlling the debtor’s property',
  },
  startDisposal: {
    roles: HANDLING_ROLES,
    stages: ['investigating'],
    whileSuspended: false,
    scope: 'handler',
    nextStage: 'disposing',
    legalBasis: '民事诉讼法 第二百五十八条',
    zh: '开始处置已控制的财产（评估、拍卖、变卖、以物抵债），须说明理由',
    en: 'Start disposing of controlled property (valuation, auction, sale, set-off in kind), giving the reason',
  },
  startDisbursement: {
    roles: HANDLING_ROLES,
    stages: ['investigating', 'disposing'],
    whileSuspended: false,
    scope: 'handler',
    nextStage: 'disbursing',
    legalBasis: '执行款物管理规定（法发〔2017〕6号）',
    zh: '发放执行款',
    en: 'Pay out the enforcement funds',
  },
  close: {
    roles: DECIDING_ROLES,
    stages: OPEN_STAGES,
    whileSuspended: true,
    scope: 'handler',
    nextStage: 'closed',
    legalBasis: '执行结案意见（法发〔2014〕26号）第十四条',
    zh: '结案（六种结案方式，各有前提条件；中止或暂缓期间只能终结执行或销案）',
    en: 'Close the case (six closing methods, each with its own conditions; while stayed or deferred only termination or withdrawal)',
  },
  stay: {
    roles: DECIDING_ROLES,
    stages: OPEN_STAGES,
    whileSuspended: false,
    scope: 'handler',
    nextStage: 'same',
    legalBasis: '民事诉讼法 第二百六十七条',
    zh: '裁定中止执行（须写明法定事由）',
    en: 'Stay enforcement by ruling (stating the statutory ground)',
  },
  defer: {
    roles: DECIDING_ROLES,
    stages: OPEN_STAGES,
    whileSuspended: false,
    scope: 'handler',
    nextStage: 'same',
    legalBasis: '民事诉讼法 第二百四十二条；民诉法解释 第四百六十七条',
    zh: '决定暂缓执行（被执行人提供担保并经申请执行人同意，最长一年）',
    en: 'Defer enforcement (debtor’s guarantee with the applicant’s consent; at most 1 year)',
  },
  resume: {
    roles: DECIDING_ROLES,
    stages: OPEN_STAGES,
    whileSuspended: true,
    scope: 'handler',
    nextStage: 'same',
    legalBasis: '审理期限规定 第九条；执行程序解释 第十三条',
    zh: '恢复执行（中止、暂缓期间不计入执行期限）',
    en: 'Resume enforcement (the stay or deferral is not counted in the time limit)',
  },
  requestExtension: {
    roles: ['judge', 'officer', 'bureau_chief'],
    stages: OPEN_STAGES,
    whileSuspended: false,
    scope: 'handlerOnly',
    nextStage: 'same',
    legalBasis: '执行期限规定（法发〔2006〕35号）第一条；审理期限规定 第五条',
    zh: '承办人申请延长执行期限（期限届满前五日内提出）',
    en: 'The handler requests an extension of the time limit (within the 5 days before it expires)',
  },
  approveExtension: {
    roles: ['president'],
    stages: OPEN_STAGES,
    whileSuspended: false,
    scope: 'court',
    nextStage: 'same',
    legalBasis: '审理期限规定 第五条、第十四条',
    zh: '院长批准延长执行期限（首次最长三个月；再次延长的层报高级人民法院备案；须在期限届满前批准）',
    en: 'The court president approves the extension (first one at most 3 months; later ones reported to the High Court; before the limit expires)',
  },
  rejectExtension: {
    roles: ['president'],
    stages: OPEN_STAGES,
    whileSuspended: false,
    scope: 'court',
    nextStage: 'same',
    legalBasis: '审理期限规定 第五条',
    zh: '院长不批准延长执行期限（须说明理由）',
    en: 'The court president refuses the extension (giving the reason)',
  },
};
