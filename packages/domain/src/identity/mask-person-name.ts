/**
 * The one masking rule for a person's name shown where the viewer proves nothing but a receipt
 * number (the portal's follow view): the first character and, from three characters on, the last
 * stay; every character between them — or the second of a two-character name — becomes `*`.
 *
 * ### Examples
 * `maskPersonName('张三')` → `张*`; `maskPersonName('张三丰')` → `张*丰`; `maskPersonName('欧阳小明')` → `欧**明`.
 */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
