import { eventStoreSchema } from '#event-store/schema';

// Frozen in time: never edit a migration that has shipped; add a new one.
// The SQL is the event store's own (libs/event-store/src/schema/v7-new-streams-metadata-once.ts).
export const { up, down } = eventStoreSchema.newStreamsMetadataOnce;
