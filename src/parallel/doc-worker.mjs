// Worker-thread entry (piscina) when the bundle (worker-bundle.ts) cannot be made: loads the TypeScript sources
// through tsx, then runs each task (see worker-task.ts).
import { register } from 'tsx/esm/api';

register();
const { runWorkerTaskInTurn } = await import('./worker-task.ts');

export default function run(task) {
  return runWorkerTaskInTurn(task);
}
