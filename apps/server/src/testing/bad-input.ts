import assert from 'node:assert/strict';

/** A 400 VALIDATION_FAILED whose message and every issue are bilingual, naming `field`. */
export function assertBilingualFieldError(res: { statusCode: number; body: string; json<T>(): T }, field: string): void {
  assert.equal(res.statusCode, 400, res.body);
  const body = res.json<{ code: string; messageZh: string; messageEn: string; details?: { issues?: Array<{ path?: string[]; messageZh: string; messageEn: string }> } }>();
  assert.equal(body.code, 'VALIDATION_FAILED');
  assert.match(body.messageZh, /[\u4e00-\u9fa5]/);
  assert.match(body.messageEn, /[a-z]/i);
  for (const issue of body.details?.issues ?? []) {
    assert.match(issue.messageZh, /[\u4e00-\u9fa5]/, JSON.stringify(issue));
    assert.doesNotMatch(issue.messageEn, /[\u4e00-\u9fa5]/, JSON.stringify(issue));
  }
  assert.ok((body.details?.issues ?? []).some((i) => (i.path ?? []).includes(field)), `field ${field} named in ${res.body}`);
}
