export * from './demo-catalog.js';
export * from './demo-claims.js';
export * from './load-demo.js';
