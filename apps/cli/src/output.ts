/**
 * Everything the CLI prints goes through here, so that `--json` means exactly one JSON document
 * on stdout (results, errors and help alike) and human-readable text otherwise.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export interface ErrorDocument {
  code: string;
  message: string;
  messageZh: string;
  messageEn: string;
  details?: Record<string, unknown>;
}

export class Output {
  readonly json: boolean;
  private readonly io: CliIo;

  constructor(json: boolean, io: CliIo) {
    this.json = json;
    this.io = io;
  }

  /** The command's answer: `document` with --json, the human lines otherwise. */
  result(document: unknown, human: () => readonly string[]): void {
    if (this.json) this.io.stdout(`${JSON.stringify(document)}\n`);
    else this.io.stdout(`${human().join('\n')}\n`);
  }

  /** Progress lines for people (never on stdout in JSON mode). */
  info(line: string): void {
    if (this.json) this.io.stderr(`${line}\n`);
    else this.io.stdout(`${line}\n`);
  }

  help(text: string): void {
    if (this.json) this.io.stdout(`${JSON.stringify({ help: text })}\n`);
    else this.io.stdout(text.endsWith('\n') ? text : `${text}\n`);
  }

  /** A failure: always explained on stderr; with --json also as `{"error": …}` on stdout. */
  error(error: ErrorDocument, hint?: string): void {
    this.io.stderr(`错误 Error [${error.code}]：${error.messageZh}\n  ${error.messageEn}\n${hint ? `${hint}\n` : ''}`);
    if (this.json) this.io.stdout(`${JSON.stringify({ error })}\n`);
  }

  /** Text for stderr only (e.g. the usage shown after a usage error). */
  note(text: string): void {
    this.io.stderr(text.endsWith('\n') ? text : `${text}\n`);
  }
}

export function bilingual(zh: string, en: string): string {
  return `${zh} / ${en}`;
}
