/** A rate as a percentage: "0.015" → "1.5%"; anything already carrying a % sign is left alone. */
export function formatRate(rate: string): string {
  const m = /^0\.(\d+)$/.exec(rate.trim());
  if (!m) return rate;
  const digits = (m[1] ?? '').padEnd(2, '0');
  const whole = digits.slice(0, 2).replace(/^0(?=\d)/, '');
  const fraction = digits.slice(2).replace(/0+$/, '');
  return `${whole}${fraction ? `.${fraction}` : ''}%`;
}
