/** The coordinator refused this worker's join (its code and sentence say why). */
export class JoinRefused extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "JoinRefused";
  }
}
