import { Writable } from "node:stream";

/**
 * A small terminal emulator for tests: it plays what a program wrote to a TTY
 * (text, newlines, carriage returns, the cursor and erase sequences that readline
 * and cli-progress emit, line wrapping on and off) and gives the screen a person
 * would read. Enough to tell a clean screen from a garbled one.
 */
export class Screen {
  private readonly rows: string[][] = [[]];
  private row = 0;
  private col = 0;
  private saved: [number, number] = [0, 0];
  private wrap = true;
  /** True when the cursor sits past the last column and the next character wraps (VT100's pending wrap). */
  private pendingWrap = false;

  constructor(readonly columns: number) {}

  write(data: string): void {
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (ch === "\x1b") {
        i = this.escape(data, i);
      } else if (ch === "\n") {
        this.newline();
      } else if (ch === "\r") {
        this.col = 0;
        this.pendingWrap = false;
      } else {
        this.print(ch);
      }
    }
  }

  /** The screen's lines, trailing spaces trimmed, trailing empty lines dropped. */
  lines(): string[] {
    const out = this.rows.map((r) => r.map((c) => c ?? " ").join("").replace(/\s+$/, ""));
    while (out.length > 0 && out[out.length - 1] === "") out.pop();
    return out;
  }

  private line(): string[] {
    while (this.rows.length <= this.row) this.rows.push([]);
    return this.rows[this.row]!;
  }

  private newline(): void {
    this.row++;
    this.col = 0;
    this.pendingWrap = false;
    this.line();
  }

  private print(ch: string): void {
    if (this.pendingWrap) {
      if (!this.wrap) return;
      this.newline();
    }
    const line = this.line();
    while (line.length < this.col) line.push(" ");
    line[this.col] = ch;
    if (this.col === this.columns - 1) this.pendingWrap = true;
    else this.col++;
  }

  /** Handles the sequence starting at data[i]; returns the index of its last character. */
  private escape(data: string, i: number): number {
    const next = data[i + 1];
    if (next === "7") { this.saved = [this.row, this.col]; return i + 1; }
    if (next === "8") { [this.row, this.col] = this.saved; this.pendingWrap = false; this.line(); return i + 1; }
    if (next !== "[") throw new Error(`unknown escape ESC ${JSON.stringify(next)}`);
    const m = /^\[(\??)([0-9;]*)([A-Za-z])/.exec(data.slice(i + 1));
    if (!m) throw new Error(`unparsed control sequence ${JSON.stringify(data.slice(i, i + 8))}`);
    const [whole, priv, params, cmd] = m;
    const n = params === "" ? NaN : Number(params!.split(";")[0]);
    const line = this.line();
    if (priv === "?") {
      if (params === "7") this.wrap = cmd === "h";
      // ?25 (cursor shown or hidden): nothing to draw
    } else if (cmd === "A") { this.row = Math.max(0, this.row - (Number.isNaN(n) ? 1 : n)); this.line(); }
    else if (cmd === "B") { this.row += Number.isNaN(n) ? 1 : n; this.line(); }
    else if (cmd === "C") this.col = Math.min(this.columns - 1, this.col + (Number.isNaN(n) ? 1 : n));
    else if (cmd === "D") this.col = Math.max(0, this.col - (Number.isNaN(n) ? 1 : n));
    else if (cmd === "G") this.col = (Number.isNaN(n) ? 1 : n) - 1;
    else if (cmd === "K") {
      if (Number.isNaN(n) || n === 0) line.splice(this.col);
      else if (n === 1) for (let c = 0; c <= this.col && c < line.length; c++) line[c] = " ";
      else line.splice(0);
    } else if (cmd === "J") {
      line.splice(this.col);
      this.rows.splice(this.row + 1);
    } else {
      throw new Error(`unhandled control sequence ESC${whole}`);
    }
    if (cmd !== "h" && cmd !== "l") this.pendingWrap = false;
    return i + whole!.length;
  }
}

/** A stream that looks like a terminal to cli-progress (isTTY, columns) and feeds a Screen as it is written. */
export class FakeTerminal extends Writable {
  readonly isTTY = true;
  readonly columns: number;

  constructor(private readonly screen: Screen) {
    super({ decodeStrings: false });
    this.columns = screen.columns;
  }

  override _write(chunk: unknown, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.screen.write(typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : String(chunk));
    done();
  }
}
