export {
  type Config,
  demoWanted,
  EMBEDDED_DATABASE,
  limitsOf,
  loadConfig,
  loadProjectorConfig,
  type ProjectorConfig,
  projectionSlicesOf,
  toolDatabaseUrl,
  webhookSettingsOf,
} from './config.js';
export { DEFAULT_LIMITS, type Limits } from './limits.js';
