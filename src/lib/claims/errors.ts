/** A problem in the ledger, located so an editor can go straight to it. */
export class LedgerError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly record: string | null,
    readonly field: string | null,
    readonly problem: string,
  ) {
    super(formatLocation(file, line, record, field) + problem);
    this.name = 'LedgerError';
  }
}

function formatLocation(
  file: string,
  line: number | null,
  record: string | null,
  field: string | null,
): string {
  const where = line ? `${file}:${line}` : file;
  const what = [record && `record ${record}`, field && `field ${field}`].filter(Boolean).join(', ');
  return `${where}: ${what ? what + ': ' : ''}`;
}

/** Thrown when a build finds problems: carries every one, not only the first. */
export class LedgerErrors extends Error {
  constructor(readonly errors: LedgerError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'LedgerErrors';
  }
}
