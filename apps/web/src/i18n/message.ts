/** One visible string in both languages. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}
