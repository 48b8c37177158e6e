/** A title written in Markdown (`` `--link` and /etc/hosts ``) as plain text for menus and bars. */
export function inlineText(md: string): string {
  return md.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]+)\*\*/g, '$1').replace(/(^|[^*])\*([^*]+)\*/g, '$1$2');
}
