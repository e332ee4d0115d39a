// The build: corpus in, a graph directory (out/) out.
export { defaultJobs, MIN_FILES_FOR_WORKERS, runBuild, type BuildOptions, type BuildReport } from './run.js';
