import { runIslandExecutorContract } from './island-executor.contract.js';
import { threadIslandExecutor } from './thread-island-executor.js';

// The default executor: each island in a worker thread of this process.
runIslandExecutorContract('threadIslandExecutor', async () => ({ executor: threadIslandExecutor, dispose: async () => undefined }));
