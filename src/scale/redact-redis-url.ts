/** Every redis:// or rediss:// URL in a text with its user and password replaced by `***` (for logs and records). */
export function redactRedisUrl(text: string): string {
  // The credentials part is everything between the scheme and the last '@' before the host; a password may hold '@' or ':'.
  return text.replace(/\b(rediss?:\/\/)([^\s/]*)@/gi, (_whole, scheme: string) => `${scheme}***@`);
}
