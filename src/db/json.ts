/** Reads a JSON list column. */
export function list(text: string | null | undefined): string[] {
  return text ? (JSON.parse(text) as string[]) : [];
}

/** Writes a JSON list column. */
export function json(value: unknown): string {
  return JSON.stringify(value);
}
