/**
 * The one error vocabulary of the platform (architecture.md "Interfaces"). Every error body is
 * `{ code, message, messageZh, messageEn, details?, requestId }`; `message` is in the caller's
 * language (Accept-Language, Chinese by default). docs/errors.md is generated from this table.
 */
export interface ErrorSpec {
  readonly status: number;
  readonly zh: string;
  readonly en: string;
  /** Why a client sees it and what to do. */
  readonly doc: string;
}

export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, zh: '请求内容有误', en: 'The request is invalid', doc: 'A field is missing, malformed or out of range; `details.issues` names each field (`path`) and the problem.' },
  MALFORMED_BODY: { status: 400, zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON', doc: 'The body could not be parsed; send `Content-Type: application/json` with a JSON document.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type', doc: 'Send JSON (`application/json`).' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求体过大', en: 'The request body is too large', doc: 'JSON bodies are limited to 1 MiB (portal submissions with attachments: 36 MiB); bulk comparison files (CSV / NDJSON) to 96 MiB.' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please log in', doc: 'No valid session cookie or API token was sent, or the session expired.' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password', doc: 'Login failed; repeated failures lock the account for a while.' },
  ACCOUNT_LOCKED: { status: 423, zh: '登录失败次数过多，账户已暂时锁定', en: 'Too many failed logins: the account is locked for a while', doc: '`details.lockedUntil` says when login is possible again.' },
  CSRF_TOKEN_INVALID: { status: 403, zh: '缺少或错误的 CSRF 令牌', en: 'Missing or wrong CSRF token', doc: 'State-changing requests made with a session cookie must send the `x-csrf-token` header returned at login.' },
  FORBIDDEN: { status: 403, zh: '无权执行此操作', en: 'You are not allowed to do this', doc: 'The role of the caller does not permit the action; `details.requiredRoles` lists who may.' },
  OUT_OF_COURT_SCOPE: { status: 404, zh: '未找到（或不在本院管辖范围内）', en: 'Not found (or outside your court)', doc: 'Resources of other courts are reported as not found, so their existence is not disclosed.' },
  NOT_FOUND: { status: 404, zh: '未找到', en: 'Not found', doc: 'No such resource or route.' },
  VERSION_CONFLICT: { status: 409, zh: '案件已被他人修改，请刷新后重试', en: 'The case was changed by someone else: reload and try again', doc: '`expectedVersion` did not match the current version of the case (optimistic concurrency).' },
  RULE_VIOLATION: { status: 422, zh: '不符合法定条件', en: 'A legal rule does not allow this', doc: 'A domain rule refused the act; `details.rule` is the rule code and the message says what must be true first and which article requires it.' },
  ALREADY_EXISTS: { status: 409, zh: '已存在', en: 'Already exists', doc: 'A unique value (e.g. a username) is already taken.' },
  PERMIT_NOT_ACTIVE: { status: 409, zh: '该准许消费已撤销或已过期限', en: 'This consumption permit is already revoked or past its window', doc: 'A permit (限高规定 art. 8) can be revoked only while it is in force: not revoked before and its last day not past. `details.revokedAt` or `details.validTo` says which.' },
  DOCUMENT_ALREADY_UNBOUND: { status: 409, zh: '该证件已解除登记', en: 'This travel document is already unbound', doc: 'The document was unbound before (`details.unboundAt`); to use it again, bind it anew.' },
  RECONSIDERATION_ALREADY_FILED: { status: 409, zh: '已就此申请过复议，不能重复登记', en: 'A reconsideration has already been applied for: it cannot be registered twice', doc: 'A dismissed correction request goes to the higher court once, whose decision is final (失信规定 art. 12); an exit restriction has at most one reconsideration pending at a time (异议复议规定 art. 9). `details.reconsiderationId` is the one already registered, `details.status` where it stands.' },
  ASSIST_REPLY_REJECTED: { status: 422, zh: '答复未被接受', en: 'The reply was not accepted', doc: 'An institution\'s reply failed verification or did not match a request (`details.code`: ASSIST_SIGNATURE_INVALID, ASSIST_KEY_UNKNOWN, ASSIST_KEY_REVOKED, ASSIST_KEY_NOT_VALID, ASSIST_MALFORMED, UNKNOWN_REQUEST, WRONG_INSTITUTION, ALREADY_ANSWERED, NOT_SUPPORTED …; `details.reason` says why). It is kept, with its reason, and shown to the court; nothing in it is booked.' },
  INSTITUTION_AUTH_INVALID: { status: 401, zh: '协助执行单位身份验证失败', en: 'The institution could not be authenticated', doc: 'A pull institution signs each inbox call with one of its registered keys (headers `x-zx-institution`, `x-zx-key-id`, `x-zx-timestamp`, `x-zx-signature`; docs/assist-protocol.md). `details.code` says what failed: a missing header, an unknown or not networked institution, an unknown, revoked or expired key, a timestamp more than 5 minutes off, or a signature that does not verify.' },
  PORTAL_ACCESS_DENIED: { status: 401, zh: '案号、证件号码或查询码不正确', en: 'The case number, ID number or query code is not right', doc: 'A party opens their case on the public portal with the case number, their own ID number (or credit code) and the query code on their filing notice. Which of the three was wrong is not said. Three wrong codes lock the case\'s party access for 30 minutes (PORTAL_ACCESS_LOCKED).' },
  PORTAL_ACCESS_LOCKED: { status: 423, zh: '查询码错误次数过多，本案当事人查询已暂时锁定', en: 'Too many wrong query codes: party access to this case is locked for a while', doc: '`details.lockedUntil` says when it opens again. The lock covers every party of the case; a clerk can issue a new query code meanwhile, but the lock still runs its time.' },
  SUBMISSION_NOT_FOUND: { status: 404, zh: '未找到该回执号对应的事项', en: 'No submission has this receipt number', doc: 'Check the receipt number on the receipt (e.g. `YY2026-K7QM3-XWP9H`; case, spaces and hyphens do not matter). Following is rate-limited per client.' },
  APPOINTMENT_SLOT_TAKEN: { status: 409, zh: '该时段已约满，请选择其他时段', en: 'This slot is fully booked: choose another', doc: 'Every seat of the slot was taken meanwhile; `GET /api/public/v1/courts/{courtId}/appointment-slots` lists the free ones.' },
  ATTACHMENT_TYPE_REFUSED: { status: 415, zh: '附件类型不受支持，仅限 JPG、PNG、PDF 或 Word（.docx）文件', en: 'Attachment type not accepted: only JPG, PNG, PDF or Word (.docx) files', doc: 'The type is read from the file\'s first bytes, not from its name; `details.fileName` names the refused file. Nothing of the submission is kept.' },
  SUBSCRIPTION_LIMIT: { status: 409, zh: '订阅数量已达上限，请先取消不用的订阅', en: 'Too many subscriptions: end one you no longer need first', doc: 'A party keeps at most `details.max` (5) live subscriptions to their case.' },
  PORTAL_SESSION_INVALID: { status: 401, zh: '查询已过期，请重新验证身份', en: 'Your access has expired: verify your identity again', doc: 'Send `Authorization: Bearer zxp_…` from the party login; it lasts 30 minutes and ends at logout or when the party\'s query code is reissued.' },
  INSTITUTION_KEY_ALREADY_REVOKED: { status: 409, zh: '该密钥已作废', en: 'This key is already revoked', doc: 'A key is revoked once; `details.revokedAt` says when. Register a new key to replace it.' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests: try again later', doc: 'The per-client rate limit was exceeded.' },
  AGENCY_KEY_INVALID: { status: 401, zh: '机构密钥缺失或无效', en: 'Missing or invalid agency key', doc: 'Send `Authorization: Bearer zxa_…` with the key issued when the agency was registered; revoked keys stop working within a second.' },
  AGENCY_SCOPE_MISSING: { status: 403, zh: '该机构密钥无此项权限', en: 'The agency key lacks this scope', doc: '`details.scope` names the scope the route needs (check, bulk, feed, range, feedback).' },
  SCENARIO_NOT_PERMITTED: { status: 403, zh: '该机构无权核查此场景', en: 'The agency may not check this scenario', doc: 'Each agency is registered for the scenarios of its own business; `details.permitted` lists them.' },
  CURSOR_INVALID: { status: 400, zh: '游标无效', en: 'Invalid cursor', doc: 'Pass back `nextCursor` from the previous page unchanged, or omit it to start from the beginning.' },
  BULK_FILE_INVALID: { status: 400, zh: '批量比对文件无效', en: 'Invalid bulk comparison file', doc: 'Upload CSV (header `kind,id[,name]`) or NDJSON (one request per line); `details` names the problem. Bad rows in an otherwise valid file are reported per row, not rejected.' },
  BULK_FILE_TOO_LARGE: { status: 413, zh: '批量比对文件超过上限', en: 'The bulk comparison file is too large', doc: 'At most 1,000,000 identities per upload.' },
  INTERNAL: { status: 500, zh: '服务器内部错误', en: 'Internal server error', doc: 'Unexpected failure. Quote `requestId` when reporting it; no internals are disclosed.' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  messageZh: string;
  messageEn: string;
  details?: Record<string, unknown>;
  requestId: string;
}

/** The error type services throw; the server renders it, frontends parse it with {@link AppError.parse}. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, options: { zh?: string; en?: string; details?: Record<string, unknown> } = {}) {
    const spec = ERROR_CODES[code];
    super(options.en ?? spec.en);
    this.name = 'AppError';
    this.code = code;
    this.status = spec.status;
    this.messageZh = options.zh ?? spec.zh;
    this.messageEn = options.en ?? spec.en;
    if (options.details) this.details = options.details;
  }

  static parse(body: unknown): ErrorBody | null {
    if (typeof body !== 'object' || body === null) return null;
    const b = body as Partial<ErrorBody>;
    if (typeof b.code !== 'string' || !(b.code in ERROR_CODES) || typeof b.message !== 'string') return null;
    return b as ErrorBody;
  }
}

/** A 400 naming one field (dotted path inside the body), in both languages. */
export function invalidField(path: string, zh: string, en: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError('VALIDATION_FAILED', {
    zh: `${path}：${zh}`,
    en: `${path}: ${en}`,
    details: { issues: [{ in: 'body', path: path.split('.'), messageZh: zh, messageEn: en, ...extra }] },
  });
}
