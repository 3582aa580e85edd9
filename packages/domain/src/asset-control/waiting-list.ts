/**
 * Waiting-list controls (轮候查封、扣押、冻结). 查封规定 art. 26: other courts may queue controls on
 * property already controlled; when the control in effect is lifted, the waiting control registered
 * first takes effect automatically.
 */
export interface QueuedControl {
  readonly id: string;
  /** Order of registration at the institution (1 = first). */
  readonly registeredSeq: number;
  readonly state: 'inEffect' | 'waiting' | 'ended';
}

/**
 * The control that takes effect now: none while one is in effect; otherwise the waiting control
 * registered first (ties, which a registry should not produce, by id for a stable answer).
 */
export function nextInEffect(queue: readonly QueuedControl[]): QueuedControl | null {
  if (queue.some((c) => c.state === 'inEffect')) return null;
  let next: QueuedControl | null = null;
  for (const c of queue) {
    if (c.state !== 'waiting') continue;
    if (next === null || c.registeredSeq < next.registeredSeq || (c.registeredSeq === next.registeredSeq && c.id < next.id)) next = c;
  }
  return next;
}

/** Where a new control joins: in effect when nothing holds the property, else behind the queue. */
export function positionOfNew(queue: readonly QueuedControl[]): { state: 'inEffect' | 'waiting'; registeredSeq: number; ahead: number } {
  const live = queue.filter((c) => c.state !== 'ended');
  const registeredSeq = queue.reduce((max, c) => Math.max(max, c.registeredSeq), 0) + 1;
  return live.length === 0 ? { state: 'inEffect', registeredSeq, ahead: 0 } : { state: 'waiting', registeredSeq, ahead: live.length };
}
