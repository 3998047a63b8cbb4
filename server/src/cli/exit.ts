/** Thrown by a command to end with a given exit code after it has printed its own message. */
export class CommandExit extends Error {
  override readonly name = "CommandExit";
  readonly exitCode: number;
  constructor(exitCode: number, message: string) {
    super(message);
    this.exitCode = exitCode;
  }
}
