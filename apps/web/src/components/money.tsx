import { formatYuan } from '../format/money.js';

/** A yuan amount as ¥1,234.56, digits lined up in tables. */
export function Money({ value }: { value: string | null | undefined }) {
  return <span className="zx-amount">{formatYuan(value)}</span>;
}
