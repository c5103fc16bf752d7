/** @module Errors thrown at the edges (CLI, server); mapped to exit codes and HTTP statuses in one place each. */

export class WorkbenchError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The caller asked for something malformed (bad flag, bad date, missing file). */
export class InvalidInput extends WorkbenchError {
  constructor(message: string, code = "invalid-input") {
    super(message, code);
  }
}

/** Nothing could be done with the given inputs (all rejected). */
export class NothingDone extends WorkbenchError {
  constructor(message: string, code = "nothing-done") {
    super(message, code);
  }
}

/** The store cannot be opened or written (unwritable path, newer schema, corruption). */
export class StoreError extends WorkbenchError {
  constructor(message: string, code = "store-error") {
    super(message, code);
  }
}

export class NotFound extends WorkbenchError {
  constructor(message: string, code = "not-found") {
    super(message, code);
  }
}
