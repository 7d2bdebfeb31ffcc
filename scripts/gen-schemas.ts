/**
 * JSON Schemas (draft 2020-12) of every public input and result, for services in other languages:
 *
 * - **inputs** come from the library's own (private) zod schemas, through `z.toJSONSchema` on the input
 *   side of every pipe. Custom checks are recognised by probing them (a month, a date, a rulebook, a
 *   function, a set of small integers); a rulebook and functions cannot cross a JSON boundary and are
 *   left out. Refinements that JSON Schema cannot state (one field against another, sums, "at least
 *   one of") stay with the library, which reports them as `INVALID_INPUT`.
 * - **results** have no zod schemas: they are generated from the TypeScript types of the public
 *   declarations, with the compiler's own type checker (interfaces become `$defs`, TSDoc comments
 *   become descriptions, optional properties are not required, no other property is allowed).
 *
 * `npm run schemas` writes them to `schemas/`; the build copies them to `dist/schemas/`, published as
 * `jamsostek/schemas/<name>.json`. test/schemas/json-schemas.test.ts regenerates them in memory and
 * fails on any difference, like the API report.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import * as z from 'zod/mini';

const root = join(import.meta.dirname, '..');
export const SCHEMA_DIR: string = join(root, 'schemas');
const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonSchema = { [key: string]: Json };

/** `BpuContributionInput` → `bpu-contribution-input`. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

const YEAR_MONTH_PATTERN = '^(19\\d\\d|20\\d\\d|2100)-(0[1-9]|1[0-2])$';
const ISO_DATE_PATTERN = '^(19\\d\\d|20\\d\\d|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const YEAR_MONTH: JsonSchema = {
  type: 'string',
  pattern: YEAR_MONTH_PATTERN,
  description: 'A month, YYYY-MM, from 1900-01 to 2100-12.',
};
const ISO_DATE: JsonSchema = {
  type: 'string',
  format: 'date',
  pattern: ISO_DATE_PATTERN,
  description: 'A calendar date, YYYY-MM-DD, from 1900-01-01 to 2100-12-31.',
};

// ---------------------------------------------------------------------------------------------------
// Inputs: from the zod schemas

interface InputEntry {
  /** The TypeScript type of the input, e.g. `BpuContributionInput`. */
  readonly type: string;
  /** The exported `InputSchema`, if any. */
  readonly publicSchema?: string;
  /** The module and the name of the private zod schema. */
  readonly module: string;
  readonly zodName: string;
}

const INPUT_RE =
  /export const (\w+): InputSchema<(\w+)> =\s*(?:\/\* @__PURE__ \*\/\s*)?inputSchema\(\s*(\w+),/g;

/** Inputs without an exported `InputSchema`, validated by their function with a private schema. */
const EXTRA_INPUTS: readonly InputEntry[] = [
  { type: 'BpuRateTableInput', module: 'src/sql/bpu.ts', zodName: 'bpuRateTableInput' },
  { type: 'BpuPricingSqlInput', module: 'src/sql/bpu.ts', zodName: 'bpuPricingSqlInput' },
  { type: 'ExportRulebookOptions', module: 'src/rulebook/export.ts', zodName: 'exportRulebookOptions' },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** Every exported `InputSchema` of the sources, with its private zod schema, plus {@link EXTRA_INPUTS}. */
export function inputEntries(): InputEntry[] {
  const out: InputEntry[] = [];
  for (const file of sourceFiles(join(root, 'src')).sort()) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(INPUT_RE)) {
      const [, publicSchema, type, zodName] = m as unknown as [string, string, string, string];
      out.push({ type, publicSchema, module: relative(root, file), zodName });
    }
  }
  return [...out, ...EXTRA_INPUTS].sort((a, b) => a.type.localeCompare(b.type));
}

type ZodAny = z.ZodMiniType<unknown>;
const DROP = '__drop__';
const OPAQUE_PROBE = Symbol('probe');

function accepts(schema: ZodAny, value: unknown): boolean {
  return schema.safeParse(value).success;
}

/**
 * What a custom check stands for, found by probing it: the JSON Schema to use, or `DROP` for values
 * that cannot cross a JSON boundary (a rulebook, a function). Anything else stops the generator.
 */
function customSchema(
  schema: ZodAny,
  path: readonly (string | number)[],
  rulebook: unknown,
): JsonSchema | typeof DROP {
  const fn = (): void => {};
  if (accepts(schema, '2025-07') && !accepts(schema, '2025-13') && !accepts(schema, '2025-07-01'))
    return { ...YEAR_MONTH };
  if (accepts(schema, '2025-07-01') && !accepts(schema, '2025-02-30')) return { ...ISO_DATE };
  if (accepts(schema, rulebook) && !accepts(schema, {})) return DROP;
  if (accepts(schema, fn) && !accepts(schema, { criteria: {}, asOf: '2025-01-01' })) return DROP;
  if (accepts(schema, fn) && accepts(schema, { criteria: {}, asOf: '2025-01-01' }))
    // Roster eligibility: program criteria with the date they are judged on (a function cannot cross).
    return {
      type: 'object',
      properties: {
        criteria: { $ref: '#/$defs/ProgramCriteria' },
        asOf: { ...ISO_DATE },
      },
      required: ['criteria', 'asOf'],
      additionalProperties: false,
    };
  const ints = Array.from({ length: 21 }, (_, i) => i).filter((i) => accepts(schema, i));
  if (ints.length > 0 && !accepts(schema, 'x') && !accepts(schema, 1.5) && !accepts(schema, 1000))
    return { type: 'integer', enum: ints };
  throw new Error(`gen-schemas: a custom check at ${path.join('.')} is not recognised; teach customSchema()`);
}

/** The JSON Schema of a zod input schema. */
async function inputSchemaJson(
  entry: InputEntry,
  refs: Map<ZodAny, JsonSchema>,
  typed?: { writer: TypeWriter; typeAt: (path: readonly (string | number)[]) => ts.Type },
): Promise<JsonSchema> {
  const mod = (await import(pathToFileURL(join(root, entry.module)).href)) as Record<string, unknown>;
  const schema = mod[entry.zodName] as ZodAny | undefined;
  if (!schema) throw new Error(`gen-schemas: ${entry.module} has no export ${entry.zodName}`);
  const { OFFICIAL_RULEBOOK } = (await import(
    pathToFileURL(join(root, 'src/rulebook/official/index.ts')).href
  )) as { OFFICIAL_RULEBOOK: unknown };
  const out = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    cycles: 'ref',
    reused: 'inline',
    override: (ctx) => {
      const zs = ctx.zodSchema as unknown as ZodAny & { _zod: { def: { type: string } } };
      const known = refs.get(zs);
      if (known) {
        for (const k of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[k];
        Object.assign(ctx.jsonSchema, structuredClone(known));
        return;
      }
      if (zs._zod.def.type === 'custom') {
        const def = zs._zod.def as unknown as { fn: (v: unknown) => unknown };
        if (typed && def.fn(OPAQUE_PROBE) === true) {
          // A custom that accepts anything and checks in refinements the generator cannot read (an
          // "exactly one of" union): its shape comes from the TypeScript type at the same place.
          Object.assign(ctx.jsonSchema, typed.writer.schema(typed.typeAt(ctx.path), `${entry.type}`));
          return;
        }
        const s = customSchema(zs, ctx.path, OFFICIAL_RULEBOOK);
        if (s === DROP) (ctx.jsonSchema as Record<string, unknown>)[DROP] = true;
        else Object.assign(ctx.jsonSchema, s);
      }
    },
  }) as JsonSchema;
  return dropMarked(out) as JsonSchema;
}

/** Removes the properties marked {@link DROP} (and their `required` entries), everywhere. */
function dropMarked(value: Json): Json {
  if (Array.isArray(value)) return value.map(dropMarked);
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(value)) out[k] = dropMarked(v);
  const props = out['properties'];
  if (props && typeof props === 'object' && !Array.isArray(props)) {
    const dropped = Object.entries(props)
      .filter(([, v]) => v !== null && typeof v === 'object' && !Array.isArray(v) && v[DROP] === true)
      .map(([k]) => k);
    for (const k of dropped) delete props[k];
    if (Array.isArray(out['required'])) {
      const required = out['required'].filter((r) => !dropped.includes(String(r)));
      if (required.length) out['required'] = required;
      else delete out['required'];
    }
  }
  return out;
}

/** Shared building blocks, by identity: exact where their zod checks are refinements. */
async function buildingBlocks(): Promise<Map<ZodAny, JsonSchema>> {
  const c = (await import(pathToFileURL(join(root, 'src/schemas/common.ts')).href)) as Record<string, ZodAny>;
  const max = Number.MAX_SAFE_INTEGER;
  const pick = (name: string): ZodAny => {
    const s = c[name];
    if (!s) throw new Error(`gen-schemas: src/schemas/common.ts has no ${name}`);
    return s;
  };
  return new Map<ZodAny, JsonSchema>([
    [pick('YearMonthSchema'), YEAR_MONTH],
    [pick('IsoDateSchema'), ISO_DATE],
    [pick('RupiahSchema'), { type: 'integer', minimum: 0, maximum: max, description: 'Whole rupiah.' }],
    [pick('PositiveCountSchema'), { type: 'integer', minimum: 1, maximum: max }],
    [pick('CountSchema'), { type: 'integer', minimum: 0, maximum: max }],
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Results: from the TypeScript types

/** Result types published besides the members of `JamsostekResult`. */
const EXTRA_RESULTS: readonly string[] = ['BpuRateTable'];

/** Unions with more members than this are written as plain strings (step codes, notice codes). */
const MAX_ENUM = 150;

/** Aliases written as one shared definition. */
const SPECIAL: Readonly<Record<string, JsonSchema>> = {
  YearMonth: YEAR_MONTH,
  IsoDate: ISO_DATE,
  AnyRuleValue: { $ref: '#/$defs/RuleValue' },
  RuleValue: { $ref: '#/$defs/RuleValue' },
};

const RULE_VALUE: JsonSchema = {
  description:
    'A rule value: a decimal-string rate, whole rupiah, a count, a flag, text, or a list or table of them.',
  anyOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'null' },
    { type: 'array', items: { $ref: '#/$defs/RuleValue' } },
    { type: 'object', additionalProperties: { $ref: '#/$defs/RuleValue' } },
  ],
};

function createProgram(): { program: ts.Program; checker: ts.TypeChecker; exports: Map<string, ts.Symbol> } {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  const files = Object.keys(pkg.exports)
    .filter((k) => k !== './package.json' && !k.includes('*'))
    .map((k) => (k === '.' ? join(root, 'src/index.ts') : join(root, 'src/entries', `${k.slice(2)}.ts`)));
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const exports = new Map<string, ts.Symbol>();
  for (const f of files) {
    const sf = program.getSourceFile(f);
    const mod = sf && checker.getSymbolAtLocation(sf);
    if (!mod) throw new Error(`gen-schemas: cannot read ${f}`);
    for (const s of checker.getExportsOfModule(mod)) {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      exports.set(s.name, target);
    }
  }
  return { program, checker, exports };
}

class TypeWriter {
  readonly defs = new Map<string, JsonSchema>();
  private readonly busy = new Set<string>();
  private readonly checker: ts.TypeChecker;
  /** Inputs leave out what cannot cross a JSON boundary (a rulebook, a function); results have none. */
  private readonly mode: 'input' | 'result';
  /** Types written as a fixed schema wherever they appear, even where their alias name is lost. */
  private readonly fixed: ReadonlyMap<ts.Type, JsonSchema>;
  constructor(checker: ts.TypeChecker, mode: 'input' | 'result', fixed: ReadonlyMap<ts.Type, JsonSchema>) {
    this.checker = checker;
    this.mode = mode;
    this.fixed = fixed;
  }

  private doc(symbol: ts.Symbol | undefined): string | undefined {
    if (!symbol) return undefined;
    const text = ts.displayPartsToString(symbol.getDocumentationComment(this.checker)).trim();
    return text ? text.replace(/\{@link ([^}|]+?)(?:\s*\|\s*([^}]+))?\}/g, (_, a, b) => b ?? a) : undefined;
  }

  /** A definition name for a named object type, or undefined for an anonymous one. */
  private defName(type: ts.Type): string | undefined {
    const alias = type.aliasSymbol;
    if (alias && !(type.flags & ts.TypeFlags.Union)) {
      const args = type.aliasTypeArguments ?? [];
      return args.length ? undefined : alias.name;
    }
    const symbol = type.getSymbol();
    if (!symbol || symbol.name.startsWith('__')) return undefined;
    if (!(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class))) return undefined;
    const ref = type as ts.TypeReference;
    if ((ref.typeArguments ?? this.checker.getTypeArguments?.(ref) ?? []).length) return undefined;
    return symbol.name;
  }

  schema(type: ts.Type, where: string): JsonSchema {
    const fixed = this.fixed.get(type);
    if (fixed) return { ...fixed };
    const alias = type.aliasSymbol?.name;
    if (alias && SPECIAL[alias]) {
      const s = SPECIAL[alias];
      if (s['$ref'] === '#/$defs/RuleValue') this.defs.set('RuleValue', RULE_VALUE);
      return { ...s };
    }
    if (this.mode === 'input' && (type.getSymbol()?.name === 'Rulebook' || type.getCallSignatures().length))
      return { [DROP]: true };
    const f = type.flags;
    if (f & ts.TypeFlags.String) return { type: 'string' };
    if (f & ts.TypeFlags.Number) return { type: 'number' };
    if (f & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (f & ts.TypeFlags.StringLiteral) return { const: (type as ts.StringLiteralType).value };
    if (f & ts.TypeFlags.NumberLiteral) return { const: (type as ts.NumberLiteralType).value };
    if (f & ts.TypeFlags.BooleanLiteral) return { const: this.checker.typeToString(type) === 'true' };
    if (f & ts.TypeFlags.Null) return { type: 'null' };
    if (f & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return {};
    if (f & ts.TypeFlags.TemplateLiteral) return { type: 'string', pattern: this.templatePattern(type) };
    if (type.isUnion()) return this.union(type, where);
    if (this.checker.isArrayType(type)) {
      const [item] = this.checker.getTypeArguments(type as ts.TypeReference);
      if (!item) throw new Error(`gen-schemas: array without item type at ${where}`);
      return { type: 'array', items: this.schema(item, `${where}[]`) };
    }
    if (this.checker.isTupleType(type)) {
      const items = this.checker.getTypeArguments(type as ts.TypeReference);
      if (items.length === 0) return { type: 'array', maxItems: 0 };
      return {
        type: 'array',
        prefixItems: items.map((t, i) => this.schema(t, `${where}[${i}]`)),
        items: false,
        minItems: items.length,
      };
    }
    if (f & ts.TypeFlags.Object || type.isIntersection()) {
      if (type.getCallSignatures().length) throw new Error(`gen-schemas: a function in a result at ${where}`);
      const name = this.defName(type);
      if (!name) return this.object(type, where);
      if (!this.defs.has(name) && !this.busy.has(name)) {
        this.busy.add(name);
        const body = this.object(type, name);
        const description = this.doc(type.aliasSymbol ?? type.getSymbol());
        this.defs.set(name, description ? { description, ...body } : body);
        this.busy.delete(name);
      }
      return { $ref: `#/$defs/${name}` };
    }
    throw new Error(`gen-schemas: cannot write ${this.checker.typeToString(type)} at ${where}`);
  }

  private templatePattern(type: ts.Type): string {
    const t = type as ts.TemplateLiteralType;
    const part = (x: ts.Type): string => {
      if (x.flags & ts.TypeFlags.Number) return '-?\\d+(?:\\.\\d+)?';
      if (x.flags & ts.TypeFlags.String) return '.*';
      if (x.flags & ts.TypeFlags.StringLiteral) return quote((x as ts.StringLiteralType).value);
      if (x.isUnion()) return `(?:${x.types.map(part).join('|')})`;
      throw new Error(`gen-schemas: template part ${this.checker.typeToString(x)}`);
    };
    const quote = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    let out = quote(t.texts[0] ?? '');
    t.types.forEach((x, i) => {
      out += part(x) + quote(t.texts[i + 1] ?? '');
    });
    return `^${out}$`;
  }

  private union(type: ts.UnionType, where: string): JsonSchema {
    // A named union of many members (RuleId, the codes) is written once, as a definition.
    const alias = type.aliasSymbol;
    if (alias && !type.aliasTypeArguments?.length && type.types.length > 8 && !this.busy.has(alias.name)) {
      const name = alias.name;
      if (!this.defs.has(name)) {
        this.busy.add(name);
        const body = this.unionBody(type, where);
        const description = this.doc(alias);
        this.defs.set(name, description ? { description, ...body } : body);
        this.busy.delete(name);
      }
      return { $ref: `#/$defs/${name}` };
    }
    return this.unionBody(type, where);
  }

  private unionBody(type: ts.UnionType, where: string): JsonSchema {
    let members = type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
    const parts: JsonSchema[] = [];
    // `IsoDate | null` and the like: the fixed union inside is written as itself.
    for (const [fixedType, fixedSchema] of this.fixed) {
      if (!fixedType.isUnion() || !fixedType.types.every((m) => members.includes(m))) continue;
      parts.push({ ...fixedSchema });
      members = members.filter((m) => !fixedType.types.includes(m));
    }
    const bools = members.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral);
    const rest = members.filter((t) => !(t.flags & ts.TypeFlags.BooleanLiteral));
    if (bools.length === 2) parts.push({ type: 'boolean' });
    else for (const b of bools) parts.push(this.schema(b, where));
    const strings = rest.filter((t) => t.flags & ts.TypeFlags.StringLiteral) as ts.StringLiteralType[];
    const numbers = rest.filter((t) => t.flags & ts.TypeFlags.NumberLiteral) as ts.NumberLiteralType[];
    const others = rest.filter((t) => !(t.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral)));
    if (strings.length > MAX_ENUM) parts.push({ type: 'string' });
    else if (strings.length) parts.push({ type: 'string', enum: strings.map((s) => s.value) });
    if (numbers.length) parts.push({ type: 'number', enum: numbers.map((n) => n.value) });
    const templates = others.filter((t) => t.flags & ts.TypeFlags.TemplateLiteral);
    if (templates.length)
      parts.push({
        type: 'string',
        pattern: `^(?:${templates.map((t) => this.templatePattern(t).slice(1, -1)).join('|')})$`,
      });
    for (const t of others.filter((t) => !(t.flags & ts.TypeFlags.TemplateLiteral)))
      parts.push(this.schema(t, where));
    if (parts.length === 1) return parts[0] as JsonSchema;
    return { anyOf: parts };
  }

  private object(type: ts.Type, where: string): JsonSchema {
    const properties: { [key: string]: Json } = {};
    const required: string[] = [];
    for (const prop of this.checker.getPropertiesOfType(type)) {
      const decl = prop.valueDeclaration ?? prop.declarations?.[0];
      const propType = decl
        ? this.checker.getTypeOfSymbolAtLocation(prop, decl)
        : this.checker.getTypeOfSymbol(prop);
      if (propType.flags & ts.TypeFlags.Never) continue;
      // `?: never` (and so `undefined` alone): the property must be absent.
      if (propType.flags & ts.TypeFlags.Undefined) continue;
      const s = this.schema(propType, `${where}.${prop.name}`);
      if (s[DROP] === true) continue;
      const description = this.doc(prop);
      properties[prop.name] = description && !('$ref' in s) ? { description, ...s } : s;
      if (!(prop.flags & ts.SymbolFlags.Optional)) required.push(prop.name);
    }
    const index = this.checker.getIndexInfoOfType(type, ts.IndexKind.String);
    const out: JsonSchema = { type: 'object' };
    if (Object.keys(properties).length) out['properties'] = properties;
    if (required.length) out['required'] = required;
    out['additionalProperties'] = index ? this.schema(index.type, `${where}[key]`) : false;
    return out;
  }
}

function sortedDefs(defs: Map<string, JsonSchema>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const k of [...defs.keys()].sort()) out[k] = defs.get(k) as JsonSchema;
  return out;
}

/** The members of `JamsostekResult`, by type name, in declaration order. */
function resultTypes(checker: ts.TypeChecker, exports: Map<string, ts.Symbol>): string[] {
  const union = exports.get('JamsostekResult');
  if (!union) throw new Error('gen-schemas: JamsostekResult is not exported');
  const type = checker.getDeclaredTypeOfSymbol(union);
  const decl = union.declarations?.[0];
  if (!decl || !ts.isTypeAliasDeclaration(decl) || !ts.isUnionTypeNode(decl.type) || !type.isUnion())
    throw new Error('gen-schemas: JamsostekResult is not a union alias');
  return decl.type.types.map((t) => t.getText());
}

/** Every schema file, by name (`bpu-contribution-input.json`), as the text to write. */
export async function generateSchemas(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const write = (name: string, schema: JsonSchema): void => {
    const { $schema, ...rest } = schema;
    files.set(`${name}.json`, `${JSON.stringify({ $schema, $id: `${name}.json`, ...rest }, null, 2)}\n`);
  };

  // Inputs.
  const blocks = await buildingBlocks();
  const { checker, exports } = createProgram();
  const typeOf = (name: string): ts.Type => {
    const symbol = exports.get(name);
    if (!symbol) throw new Error(`gen-schemas: ${name} is not exported`);
    return checker.getDeclaredTypeOfSymbol(symbol);
  };
  const fixed = new Map<ts.Type, JsonSchema>([
    [typeOf('YearMonth'), YEAR_MONTH],
    [typeOf('IsoDate'), ISO_DATE],
  ]);
  const criteriaEntry = inputEntries().find((e) => e.type === 'ProgramCriteria');
  for (const entry of inputEntries()) {
    const symbol = exports.get(entry.type);
    if (!symbol) throw new Error(`gen-schemas: the input type ${entry.type} is not exported by any entry`);
    const writer = new TypeWriter(checker, 'input', fixed);
    const typeAt = (path: readonly (string | number)[]): ts.Type => {
      let t = checker.getDeclaredTypeOfSymbol(symbol);
      for (let i = 0; i < path.length; i++) {
        if (path[i] !== 'properties') throw new Error(`gen-schemas: cannot follow ${path.join('.')}`);
        const name = String(path[++i]);
        const members = t.isUnion() ? t.types : [t];
        const prop = members.map((m) => checker.getPropertyOfType(m, name)).find((p) => p !== undefined);
        if (!prop) throw new Error(`gen-schemas: ${entry.type} has no property at ${path.join('.')}`);
        t = checker.getNonNullableType(checker.getTypeOfSymbol(prop));
      }
      return t;
    };
    const body = await inputSchemaJson(entry, blocks, { writer, typeAt });
    delete body['$schema'];
    if (writer.defs.size) {
      const defs = (body['$defs'] ?? {}) as { [key: string]: Json };
      body['$defs'] = { ...defs, ...sortedDefs(writer.defs) };
    }
    const cleaned = dropMarked(body) as JsonSchema;
    for (const k of Object.keys(body)) delete body[k];
    Object.assign(body, cleaned);
    const description = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() || undefined;
    const schema: JsonSchema = {
      $schema: DRAFT,
      title: entry.type,
      ...(description ? { description } : {}),
      ...body,
    };
    if (JSON.stringify(body).includes('#/$defs/ProgramCriteria') && criteriaEntry) {
      const criteria = await inputSchemaJson(criteriaEntry, blocks);
      delete criteria['$schema'];
      const defs = (schema['$defs'] ?? {}) as { [key: string]: Json };
      schema['$defs'] = { ...defs, ProgramCriteria: criteria };
    }
    write(kebab(entry.type), schema);
  }

  // Results.
  const names = [...resultTypes(checker, exports), ...EXTRA_RESULTS];
  for (const name of names) {
    const symbol = exports.get(name);
    if (!symbol) throw new Error(`gen-schemas: ${name} is not exported by any entry`);
    const writer = new TypeWriter(checker, 'result', fixed);
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    const top = writer.schema(type, name);
    const description = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const { [name]: own, ...rest } = Object.fromEntries(writer.defs);
    const body = own && top['$ref'] !== undefined ? own : top;
    const { description: _d, ...bodyWithout } = body as JsonSchema;
    const defs = new Map(Object.entries(rest) as [string, JsonSchema][]);
    const schema: JsonSchema = {
      $schema: DRAFT,
      title: name,
      ...(description ? { description } : {}),
      ...bodyWithout,
      ...(defs.size ? { $defs: sortedDefs(defs) } : {}),
    };
    write(kebab(name), schema);
  }

  // Any result: one of the above, by kind.
  const members = resultTypes(checker, exports);
  write('jamsostek-result', {
    $schema: DRAFT,
    title: 'JamsostekResult',
    description:
      'Any result of the library that `explain` renders. Each member is the schema of one result type; the `kind` tells them apart.',
    anyOf: members.map((m) => ({ $ref: `${kebab(m)}.json` })),
  });

  // The rulebook as data (exportRulebook's JSON form).
  {
    const writer = new TypeWriter(checker, 'result', fixed);
    const row = exports.get('RulebookExportRow');
    if (!row) throw new Error('gen-schemas: RulebookExportRow is not exported');
    writer.schema(checker.getDeclaredTypeOfSymbol(row), 'RulebookExportRow');
    writer.defs.set('RuleValue', RULE_VALUE);
    write('rulebook-export', {
      $schema: DRAFT,
      title: 'RulebookExport',
      description:
        "The JSON form of exportRulebook (and of `jamsostek rules --format json`): the rulebook's name, data version and the date its data was checked through, and one row per version of every series.",
      type: 'object',
      properties: {
        rulebook: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            version: { type: 'string' },
            verifiedThrough: { anyOf: [{ ...ISO_DATE }, { type: 'null' }] },
          },
          required: ['name', 'version', 'verifiedThrough'],
          additionalProperties: false,
        },
        rows: { type: 'array', items: { $ref: '#/$defs/RulebookExportRow' } },
      },
      required: ['rulebook', 'rows'],
      additionalProperties: false,
      $defs: sortedDefs(writer.defs),
    });
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = await generateSchemas();
  rmSync(SCHEMA_DIR, { recursive: true, force: true });
  mkdirSync(SCHEMA_DIR, { recursive: true });
  let bytes = 0;
  for (const [name, text] of files) {
    writeFileSync(join(SCHEMA_DIR, name), text);
    bytes += text.length;
  }
  console.log(
    `gen-schemas: ${files.size} schemas, ${Math.round(bytes / 1024)} KiB, in ${relative(root, SCHEMA_DIR)}/`,
  );
}
