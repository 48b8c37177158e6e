import { GoMethod, type GoStruct, type GoValue, RawJSON, goStruct, marshalJSON } from '../../../go-template/index.js';

/**
 * A row of one of the CLI's formatters (ContainerContext, imageContext…): every field is a
 * method; `{{json .}}` goes through formatter.MarshalJSON, i.e. json.Marshal of a map of the
 * methods' results — keys sorted and, unlike the `json` function's own encoder, `<>&` escaped.
 */
export function formatterContext(type: string, fields: Readonly<Record<string, () => GoValue>>, methods: Readonly<Record<string, GoMethod>> = {}): GoStruct {
  const struct: Record<string, GoMethod> = { ...methods };
  for (const [name, fn] of Object.entries(fields)) struct[name] = new GoMethod(fn);
  const json = () => new RawJSON(marshalJSON(new Map(Object.entries(fields).map(([k, fn]) => [k, fn()] as [string, GoValue])), { escapeHTML: true }));
  return goStruct(struct, { type, marshalJSON: json });
}
