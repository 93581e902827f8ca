/** Who is calling: read from a verified access token and set on the request by the guard. */
export interface Viewer {
  readonly id: string;
  readonly roles: readonly string[];
}
