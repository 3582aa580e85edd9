import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nextInEffect, positionOfNew, type QueuedControl } from './waiting-list.js';

const q = (id: string, registeredSeq: number, state: QueuedControl['state']): QueuedControl => ({ id, registeredSeq, state });

describe('waiting-list controls (查封规定 art. 26)', () => {
  it('nothing takes effect while a control is in effect', () => {
    assert.equal(nextInEffect([q('a', 1, 'inEffect'), q('b', 2, 'waiting')]), null);
  });

  it('when the control in effect is lifted, the waiting control registered first takes effect', () => {
    const queue = [q('a', 1, 'ended'), q('c', 3, 'waiting'), q('b', 2, 'waiting'), q('d', 4, 'ended')];
    assert.equal(nextInEffect(queue)?.id, 'b');
    // …and after b ends, c.
    assert.equal(nextInEffect([q('a', 1, 'ended'), q('c', 3, 'waiting'), q('b', 2, 'ended')])?.id, 'c');
    assert.equal(nextInEffect([q('a', 1, 'ended')]), null);
    // Equal registration numbers (which a registry should not produce): a stable answer.
    assert.equal(nextInEffect([q('y', 5, 'waiting'), q('x', 5, 'waiting')])?.id, 'x');
    assert.equal(nextInEffect([q('x', 5, 'waiting'), q('y', 5, 'waiting')])?.id, 'x');
  });

  it('a new control takes effect on free property and queues behind the live ones otherwise', () => {
    assert.deepEqual(positionOfNew([]), { state: 'inEffect', registeredSeq: 1, ahead: 0 });
    assert.deepEqual(positionOfNew([q('a', 1, 'ended')]), { state: 'inEffect', registeredSeq: 2, ahead: 0 });
    assert.deepEqual(positionOfNew([q('a', 1, 'inEffect'), q('b', 2, 'waiting'), q('z', 7, 'ended')]), { state: 'waiting', registeredSeq: 8, ahead: 2 });
  });
});
