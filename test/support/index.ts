export { createTestDatabase, type TestDatabase } from './test-database.js';
export { recordCoalition } from './coalition-setup.js';
export { type Reply, type RequestOptions, type Role, startTestApp, type TestApp } from './test-app.js';
export { dumpReadModel } from './read-model-dump.js';
export { type SilentServer, startSilentServer } from './silent-server.js';
export { type RawReply, type RawRequest, rawRequest } from './raw-request.js';
export { type Behaviour, type Received, startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';
