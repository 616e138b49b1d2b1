// Worker-thread entry (piscina) when the bundle (worker-bundle.ts) cannot be made: loads the TypeScript sources
// through tsx, then runs processDocs on each task.
import { register } from 'tsx/esm/api';

register();
const { processDocs } = await import('./process-docs.ts');

export default function run(task) {
  return processDocs(task);
}
