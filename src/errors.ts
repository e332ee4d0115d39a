// Named errors. The CLI and the shell turn each into one line and an exit code, never a stack trace.

export class NewsgraphError extends Error {
  /** Process exit code the CLI uses for this error. */
  readonly exitCode: number = 1;
}

/** The command line or a command was used wrongly (exit 2). */
export class UsageError extends NewsgraphError {
  override readonly exitCode = 2;
  override name = 'UsageError';
}

/** An input file or folder cannot be read or is not an article. */
export class InputError extends NewsgraphError {
  override name = 'InputError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

/** A query failed: syntax error, time limit, remote endpoint error. */
export class QueryError extends NewsgraphError {
  override name = 'QueryError';
}

/** A built graph is missing or unreadable. */
export class GraphError extends NewsgraphError {
  override name = 'GraphError';
}
