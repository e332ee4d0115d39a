// The build: corpus in, a graph directory (out/) out.
export { defaultJobs, runBuild, type BuildOptions, type BuildReport } from './run.js';
