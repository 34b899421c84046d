/** Goal texts compare ignoring case and runs of white space: re-importing "Post a story" and "post a  story" adds one goal. */
export function goalIdentity(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
