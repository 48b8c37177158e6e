/**
 * The engine's error categories, as Docker's errdefs package names them. The category
 * decides the HTTP status the Engine API would answer with; the message is the daemon's
 * own text, which the CLI prints after `Error response from daemon: `.
 */
export type ErrorCategory =
  | 'notFound'
  | 'conflict'
  | 'forbidden'
  | 'invalidParameter'
  | 'unavailable'
  | 'notImplemented'
  | 'system';

const statusOf: Record<ErrorCategory, number> = {
  notFound: 404,
  conflict: 409,
  forbidden: 403,
  invalidParameter: 400,
  unavailable: 503,
  notImplemented: 501,
  system: 500,
};

export class EngineError extends Error {
  readonly category: ErrorCategory;
  readonly statusCode: number;

  constructor(category: ErrorCategory, message: string) {
    super(message);
    this.name = 'EngineError';
    this.category = category;
    this.statusCode = statusOf[category];
  }
}

export const notFound = (m: string) => new EngineError('notFound', m);
export const conflict = (m: string) => new EngineError('conflict', m);
export const forbidden = (m: string) => new EngineError('forbidden', m);
export const invalidParameter = (m: string) => new EngineError('invalidParameter', m);
export const unavailable = (m: string) => new EngineError('unavailable', m);
export const systemError = (m: string) => new EngineError('system', m);
