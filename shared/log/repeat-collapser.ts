/**
 * Collapses bursts of the same log message on a terminal: the first `keep`
 * lines of a burst are shown, the rest are counted and summed up in one line
 * when the burst ends (another message, or `flush`). A 200-worker round with
 * 40 drop-outs shows two drop lines and "... 38 more", not 40 lines. Pure.
 */
export class RepeatCollapser {
  private key: string | null = null;
  private shown = 0;
  private hidden = 0;
  private lastMessage = "";

  constructor(private readonly emit: (line: string) => void, private readonly keep = 2, private hint = "") {}

  /** Where the hidden lines can be read (e.g. "in runs/x/run.log"), said in the summary line. */
  setHint(hint: string): void { this.hint = hint; }

  /** `key` identifies the kind of message (level, module, message text), `message` names it in the summary. */
  push(key: string, message: string, line: string): void {
    if (key !== this.key) {
      this.flush();
      this.key = key;
      this.lastMessage = message;
    }
    if (this.shown < this.keep) {
      this.shown++;
      this.emit(line);
    } else {
      this.hidden++;
    }
  }

  /** End the current burst: say how many lines were hidden, if any. */
  flush(): void {
    if (this.hidden > 0) {
      this.emit(`  ... and ${this.hidden} more "${this.lastMessage}"${this.hint !== "" ? ` (all ${this.hint})` : ""}`);
    }
    this.key = null;
    this.shown = 0;
    this.hidden = 0;
  }
}
