// Worker entry for examples/roster-shards.ts: registers the TypeScript loader (Node 20 does not pass
// --import to workers), then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./_roster-worker.ts');
