import type { LogLevel } from '@nestjs/common';

/** LOG_LEVEL's values. */
export type LogLevelName = 'silent' | 'error' | 'warn' | 'info' | 'debug';

const NEST_LEVELS: Record<LogLevelName, LogLevel[]> = {
  silent: [],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

/** The levels a Nest logger writes at one of LOG_LEVEL's. */
export const nestLogLevels = (level: LogLevelName): LogLevel[] => NEST_LEVELS[level];
