/**
 * Splits CSV text into records, in linear time and memory, and hands each record on by the way it must
 * be read:
 *
 * - a line without a quote character is, by RFC 4180, exactly its fields split on the delimiter: it is
 *   split here (the fast path);
 * - a record with a quote character is delimited here and parsed by csv-parse, in the same way csv-parse
 *   reads it in a whole file with `relax_quotes`: a quote opens a quoted field only at the start of a
 *   field; inside one, `""` is a quote and a quote followed by anything but a delimiter or a line break
 *   ends the quoting and stays in the text (`"ab"c` is the field `"ab"c`); a quote inside an unquoted
 *   field is a literal quote (`O"Brien`). Such literal quotes are reported as stray;
 * - a quoted field still open at the end of the text is reported at the line its record starts, and the
 *   text is read again from the line after the opening quote: every quote there is paired (else the
 *   field would have closed), so this happens at most once and reading stays linear.
 *
 * Line breaks are CRLF, LF and CR, in any mix; lines are counted from 1, counting every physical line,
 * also those inside quoted fields. Empty lines are skipped.
 *
 * @internal
 * @module
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** @internal Receives the records of a {@link CsvTokenizer}. */
export interface CsvSink {
  /**
   * A record without quote characters, as the text from `start` to `end` (without the line break):
   * returns true when the sink has read it from there, false to be given it split into its fields.
   */
  line(text: string, start: number, end: number, line: number): boolean;
  /**
   * Plain lines from `start`, each ending with a line feed before `end`: no quote and no carriage
   * return up to `end` (a line that ends at or after `end` is not one of them). The sink reads as many
   * as it can, sets {@link linesRead} and returns the position after the last one it read (`start`
   * when it reads none); the rest go one by one as before.
   */
  lines(text: string, start: number, end: number, line: number): number;
  /** The number of lines the last call of {@link lines} read (empty lines included). */
  linesRead: number;
  /** True while {@link lines} may read lines (else it is not called). */
  readonly takesLines: boolean;
  /** A record without quote characters, split into its fields. */
  fields(fields: string[], line: number): void;
  /** A record with quote characters: its text without the line break, for csv-parse. */
  quoted(text: string, line: number, stray: boolean): void;
  /** A record whose quoted field never closes (`quoteLine` is where the quote is). */
  unclosed(line: number, quoteLine: number): void;
}

/** @internal The CSV record splitter; see the module comment. */
export class CsvTokenizer {
  /** The line the next record starts on. */
  line = 1;
  private text = '';
  private pos = 0;
  private final = false;
  /** The rest of a chunk, pushed once the text before it is read (see {@link push}). */
  private tail: string | undefined = undefined;
  /** Records produced by the current {@link run}. */
  private made = 0;
  private nl = -1;
  private cr = -1;
  private q = -1;
  /** The next delimiter at or after the fields being split (-1: none left in the text). */
  private d = -1;
  // A quoted record in progress.
  private inRecord = false;
  private parts: string[] = [];
  private partsLength = 0;
  private recordStart = 0;
  private recordLine = 0;
  private scan = 0;
  private quoting = false;
  private fieldStart = true;
  private stray = false;
  private quoteOffset = 0;
  private quoteLine = 0;
  private readonly delimiter: string;
  private readonly delim: number;
  private readonly sink: CsvSink;

  constructor(delimiter: string, sink: CsvSink) {
    this.delimiter = delimiter;
    this.delim = delimiter.charCodeAt(0);
    this.sink = sink;
  }

  /**
   * Adds text; records are produced by {@link run}. When part of a record waits from the text before,
   * the chunk is taken in two: up to its first line feed (joined to that part), then the rest (read
   * where it lies, without copying the chunk into a joined string).
   */
  push(chunk: string): void {
    if (this.pos < this.text.length || this.inRecord) {
      const lf = chunk.indexOf('\n');
      if (lf !== -1 && lf + 1 < chunk.length) {
        this.tail = chunk.slice(lf + 1);
        this.pushText(chunk.slice(0, lf + 1));
        return;
      }
    }
    this.pushText(chunk);
  }

  private pushText(chunk: string): void {
    const rest = this.pos < this.text.length ? this.text.slice(this.pos) : '';
    // In a quoted record, the scan resumes at the same place of the rest.
    if (this.inRecord) {
      this.scan -= this.pos;
      this.recordStart -= this.pos;
    }
    this.text = rest + chunk;
    this.pos = 0;
    this.nl = this.text.indexOf('\n');
    this.cr = this.text.indexOf('\r');
    this.q = this.text.indexOf('"');
    this.d = this.text.indexOf(this.delimiter);
  }

  /** Marks the end of the text; {@link run} then reads the last record. */
  end(): void {
    this.final = true;
  }

  /** True at the end of the text: it was marked, and no part of the last chunk waits. */
  private get atEnd(): boolean {
    return this.final && this.tail === undefined;
  }

  /**
   * Produces records until `max` are out (returns true: call again) or the text is used up (returns
   * false: push more, or it was the end).
   */
  run(max: number): boolean {
    this.made = 0;
    for (;;) {
      if (this.runText(max)) return true;
      const tail = this.tail;
      if (tail === undefined) return false;
      this.tail = undefined;
      this.pushText(tail);
    }
  }

  /** {@link run} over the text pushed so far, counting records in `made`. */
  private runText(max: number): boolean {
    const text = this.text;
    const len = text.length;
    const final = this.atEnd;
    while (this.made < max) {
      if (this.inRecord) {
        const r = this.quotedRecord();
        if (r === 0) return false;
        if (r === 2) return this.runText(max);
        this.made++;
        continue;
      }
      const pos = this.pos;
      if (pos >= len) return false;
      if (this.nl !== -1 && this.nl < pos) this.nl = text.indexOf('\n', pos);
      if (this.cr !== -1 && this.cr < pos) this.cr = text.indexOf('\r', pos);
      if (this.q !== -1 && this.q < pos) this.q = text.indexOf('"', pos);
      const nl = this.nl;
      const cr = this.cr;
      // Whole plain lines before the next quote or carriage return go to the sink at once.
      if (nl !== -1 && (cr === -1 || nl < cr) && (this.q === -1 || nl < this.q) && this.sink.takesLines) {
        let stop = len;
        if (cr !== -1) stop = cr;
        if (this.q !== -1 && this.q < stop) stop = this.q;
        const reached = this.sink.lines(text, pos, stop, this.line);
        if (reached > pos) {
          const n = this.sink.linesRead;
          this.line += n;
          this.made += n;
          this.pos = reached;
          continue;
        }
      }
      let end = nl === -1 ? cr : cr === -1 ? nl : Math.min(nl, cr);
      if (this.q !== -1 && (end === -1 || this.q < end)) {
        this.startRecord();
        continue;
      }
      let next: number;
      if (end === -1) {
        if (!final) return false;
        end = len;
        next = len;
      } else if (end === cr) {
        if (end + 1 === len && !final) return false;
        next = text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
      } else next = end + 1;
      if (end > pos) {
        if (!this.sink.line(text, pos, end, this.line)) this.sink.fields(this.split(pos, end), this.line);
        this.made++;
      }
      if (next > end) this.line++;
      this.pos = next;
    }
    return true;
  }

  /**
   * The fields of the line from `start` to `end`: what `line.split(delimiter)` gives, cut straight
   * from the text. The next delimiter is remembered, so each part of the text is searched once.
   */
  private split(start: number, end: number): string[] {
    const text = this.text;
    const fields: string[] = [];
    let d = this.d;
    let a = start;
    for (;;) {
      if (d !== -1 && d < a) d = text.indexOf(this.delimiter, a);
      if (d === -1 || d >= end) {
        fields.push(text.slice(a, end));
        break;
      }
      fields.push(text.slice(a, d));
      a = d + 1;
    }
    this.d = d;
    return fields;
  }

  private startRecord(): void {
    this.inRecord = true;
    this.parts = [];
    this.partsLength = 0;
    this.recordStart = this.pos;
    this.recordLine = this.line;
    this.scan = this.pos;
    this.quoting = false;
    this.fieldStart = true;
    this.stray = false;
  }

  /** Saves the scanned part of the record and keeps `from` onwards for the next push. */
  private suspend(from: number): 0 {
    const part = this.text.slice(this.recordStart, from);
    if (part) {
      this.parts.push(part);
      this.partsLength += part.length;
    }
    this.recordStart = from;
    this.scan = from;
    this.pos = from;
    return 0;
  }

  private recordText(to: number): string {
    const last = this.text.slice(this.recordStart, to);
    if (this.parts.length === 0) return last;
    this.parts.push(last);
    const all = this.parts.join('');
    this.parts = [];
    return all;
  }

  /**
   * Scans a record with a quote character. Returns 0 when more text is needed, 1 when the record was
   * produced, 2 when an unclosed quote made the rest of the text be read again.
   */
  private quotedRecord(): 0 | 1 | 2 {
    const text = this.text;
    const len = text.length;
    const delim = this.delim;
    let j = this.scan;
    for (;;) {
      if (j >= len) {
        if (!this.atEnd) return this.suspend(j);
        if (this.quoting) return this.recover();
        this.finishRecord(len, len);
        return 1;
      }
      const c = text.charCodeAt(j);
      if (this.quoting) {
        if (c === QUOTE) {
          if (j + 1 >= len && !this.atEnd) return this.suspend(j);
          const n = text.charCodeAt(j + 1);
          if (n === QUOTE) {
            j += 2;
            continue;
          }
          this.quoting = false;
          this.fieldStart = false;
          // A quote followed by text ends the quoting but stays in the field: a stray quote.
          if (j + 1 < len && n !== delim && n !== LF && n !== CR) this.stray = true;
          j++;
          continue;
        }
        if (c === CR) {
          if (j + 1 >= len && !this.atEnd) return this.suspend(j);
          if (text.charCodeAt(j + 1) === LF) j++;
          this.line++;
        } else if (c === LF) this.line++;
        j++;
        continue;
      }
      if (c === delim) this.fieldStart = true;
      else if (c === LF) {
        this.finishRecord(j, j + 1);
        return 1;
      } else if (c === CR) {
        if (j + 1 >= len && !this.atEnd) return this.suspend(j);
        this.finishRecord(j, text.charCodeAt(j + 1) === LF ? j + 2 : j + 1);
        return 1;
      } else if (c === QUOTE) {
        if (this.fieldStart) {
          this.quoting = true;
          this.quoteOffset = this.partsLength + (j - this.recordStart);
          this.quoteLine = this.line;
        } else this.stray = true;
        this.fieldStart = false;
      } else this.fieldStart = false;
      j++;
    }
  }

  private finishRecord(end: number, next: number): void {
    const t = this.recordText(end);
    this.inRecord = false;
    this.sink.quoted(t, this.recordLine, this.stray);
    if (next > end) this.line++;
    this.pos = next;
  }

  /** A quoted field open at the end: report the record, read again from the line after its quote. */
  private recover(): 2 {
    const all = this.recordText(this.text.length);
    this.inRecord = false;
    this.sink.unclosed(this.recordLine, this.quoteLine);
    const lf = all.indexOf('\n', this.quoteOffset);
    const cr = all.indexOf('\r', this.quoteOffset);
    let end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    let rest = '';
    if (end !== -1) {
      end += all.charCodeAt(end) === CR && all.charCodeAt(end + 1) === LF ? 2 : 1;
      rest = all.slice(end);
    }
    this.line = this.quoteLine + 1;
    this.text = '';
    this.pos = 0;
    this.pushText(rest);
    return 2;
  }
}
