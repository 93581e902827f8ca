/** A GraphQL enum object (`{ A: 'A', … }`) from a list of string values. */
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
