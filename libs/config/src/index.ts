export {
  type Config,
  DEFAULT_EMBEDDED_PORT,
  demoWanted,
  EMBEDDED_DATABASE,
  limitsOf,
  loadConfig,
  loadProjectorConfig,
  type ProjectorConfig,
  toolDatabaseUrl,
} from './config.js';
export { DEFAULT_LIMITS, type Limits } from './limits.js';
