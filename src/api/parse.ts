import * as z from 'zod/mini';
import { ApiError } from './errors.js';
import { ErrorBody } from './contract/common.js';

let configured = false;

function safeParse<S extends z.ZodMiniType>(schema: S, data: unknown) {
  if (!configured) {
    z.config({ jitless: true });
    configured = true;
  }
  return schema.safeParse(data);
}

/**
 * Parses with an allow-list schema: unknown keys are stripped by `z.object`.
 * zod is switched to jitless mode before the first parse, so no `new Function`
 * probe trips a strict CSP, and nothing happens at import time.
 */
export function parseWith<S extends z.ZodMiniType>(schema: S, data: unknown): z.output<S> {
  const result = safeParse(schema, data);
  if (result.success) return result.data as z.output<S>;
  const issue = result.error.issues[0];
  throw new ApiError('invalid-response', {
    code: 'invalid_response',
    message: `Unexpected response at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
  });
}

/** Validates an outgoing body the same way, so a bad value fails before it is sent. */
export function parseInput<S extends z.ZodMiniType>(schema: S, data: unknown): z.output<S> {
  const result = safeParse(schema, data);
  if (result.success) return result.data as z.output<S>;
  throw new ApiError('validation', {
    code: 'invalid_input',
    message: result.error.issues[0]?.message ?? 'Invalid input',
    fieldErrors: result.error.issues.map((issue) => ({
      field: issue.path.join('.'),
      code: issue.code,
      message: issue.message,
    })),
  });
}

/** Parses without throwing, for bodies that are only nice to have (such as error details). */
export function tryParse<S extends z.ZodMiniType>(
  schema: S,
  data: unknown,
): z.output<S> | undefined {
  const result = safeParse(schema, data);
  return result.success ? (result.data as z.output<S>) : undefined;
}

/** The `error` of an error body, when it is one. */
export function errorDetail(body: unknown) {
  return tryParse(ErrorBody, body)?.error;
}
