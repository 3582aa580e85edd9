export type { Fen } from './fen.js';
export { assertFen } from './fen.js';
export { formatYuan, fenToYuanString } from './format-yuan.js';
export type { ParseYuanOptions } from './parse-yuan.js';
export { parseYuan } from './parse-yuan.js';
