/** A template that does not parse; the message is Go's (`template: :1: unclosed action`). */
export class TemplateParseError extends Error {
  override readonly name = 'TemplateParseError';
}
