import type { z } from 'zod';

/** A configuration problem, told in one line that names the variable or field at fault. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  /** `input` is what was checked, to tell a missing value from a wrong one. */
  static fromIssue(issue: z.core.$ZodIssue | undefined, input: unknown, prefix = ''): ConfigError {
    if (!issue) return new ConfigError(`${prefix}invalid configuration`);
    const field = formatPath(issue.path);
    const missing = issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined;
    const message = missing ? 'is required' : issue.message;
    return new ConfigError(`${prefix}${field ? `${field} ` : ''}${message}`);
  }
}

export function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

function valueAt(input: unknown, segments: readonly PropertyKey[]): unknown {
  let current = input;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
