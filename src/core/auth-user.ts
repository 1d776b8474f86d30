/** The authenticated person behind a request. */
export interface AuthUser {
  id: number;
  displayName: string;
}
