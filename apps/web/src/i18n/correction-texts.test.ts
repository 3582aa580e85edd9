/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { translate } from './i18n-context.js';
import type { MessageKey } from './messages.js';
import { correctionGroundText, correctionStatusText, daysLeftText, urgencyOf } from './correction-texts.js';

const zh = { lang: 'zh' as const, t: (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => translate('zh', key, vars) };
const en = { lang: 'en' as const, t: (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => translate('en', key, vars) };

describe('how urgent a pending correction or reconsideration is', () => {
  it('is amber with 3 days or fewer left and red once overdue', () => {
    const cases = [
      { daysLeft: 15, urgency: 'inTime', zh: '剩 15 天', en: '15 days left' },
      { daysLeft: 4, urgency: 'inTime', zh: '剩 4 天', en: '4 days left' },
      { daysLeft: 3, urgency: 'soon', zh: '剩 3 天', en: '3 days left' },
      { daysLeft: 1, urgency: 'soon', zh: '剩 1 天', en: '1 day left' },
      { daysLeft: 0, urgency: 'soon', zh: '今日到期', en: 'Due today' },
      { daysLeft: -2, urgency: 'overdue', zh: '已超期 2 天', en: '2 days overdue' },
    ] as const;
    for (const c of cases) {
      assert.equal(urgencyOf(c.daysLeft), c.urgency, `${c.daysLeft}`);
      assert.equal(daysLeftText(c.daysLeft, zh), c.zh);
      assert.equal(daysLeftText(c.daysLeft, en), c.en);
    }
  });
});

describe('the words of a correction', () => {
  it('names the ground with its item of 失信规定 art. 11, or the exit restriction disputed', () => {
    assert.equal(correctionGroundText('shouldBeDeleted', zh), '第三项：失信信息应予删除');
    assert.equal(correctionGroundText('shouldNotBeListed', en), 'Item 1: Should not have been listed');
    assert.equal(correctionGroundText('exitRestriction', zh), '对限制出境决定不服');
  });

  it('calls a reconsideration upheld a quashing, a correction upheld 理由成立', () => {
    assert.equal(correctionStatusText({ kind: 'correction', status: 'granted' }, zh), '理由成立');
    assert.equal(correctionStatusText({ kind: 'reconsideration', status: 'granted' }, zh), '已撤销');
    assert.equal(correctionStatusText({ kind: 'reconsideration', status: 'dismissed' }, en), 'Dismissed');
  });
});
