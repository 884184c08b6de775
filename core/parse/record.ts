// One tab's records, made in one shape.

type Make = (values: readonly unknown[]) => Record<string, unknown>;

const made = new Map<string, Make>();

/**
 * A function making a record of `keys` from values in the same order. An object literal compiled
 * for the keys (as zod does) gives every record of a tab one hidden class and costs a third of
 * storing the fields one by one; where code generation is refused (Apps Script may refuse it),
 * the fields are stored one by one. Keys come from the schema, never from a sheet.
 */
export function recordMaker(keys: readonly string[]): Make {
  const id = keys.join("\n");
  let make = made.get(id);
  if (make === undefined) {
    make = compiled(keys) ?? ((values) => fieldByField(keys, values));
    made.set(id, make);
  }
  return make;
}

function compiled(keys: readonly string[]): Make | null {
  // `__proto__:` in a literal would set the prototype; only plain names are compiled.
  if (keys.some((k) => !/^[A-Za-z_]\w*$/.test(k) || k === "__proto__")) return null;
  const fields = keys.map((k, i) => `${JSON.stringify(k)}: v[${i}]`).join(", ");
  try {
    return new Function("v", `return { ${fields} };`) as Make;
  } catch {
    return null;
  }
}

function fieldByField(keys: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) data[keys[i]!] = values[i];
  return data;
}
