/**
 * The file a backend worker thread starts from (dist/main/backend-worker.cjs): it runs the worker's bundle
 * (dist/main/backend-worker-main.cjs, built from ./worker.ts) through V8's code cache — see
 * main/common/code-cache.ts. Start-up is what the desktop app, the bridge and every CLI job wait on.
 */
import path from 'node:path';
import { requireWithCodeCache } from '../../common/code-cache';

requireWithCodeCache(path.join(__dirname, 'backend-worker-main.cjs'), module);
