import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { CqrsModule } from '@nestjs/cqrs';
import { connect, type Database } from '#database';
import { EventStore } from '#event-store';
import { HealthController } from './health/health.controller.js';
import { KYSELY } from './tokens.js';

@Module({})
export class AppModule implements OnApplicationShutdown {
  constructor(
    @Inject(KYSELY) private readonly db: Kysely<Database>,
    private readonly store: EventStore,
  ) {}

  async onApplicationShutdown() {
    await this.store.close();
    await this.db.destroy();
  }

  static forDatabase(databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [CqrsModule.forRoot()],
      controllers: [HealthController],
      providers: [
        { provide: KYSELY, useFactory: () => connect(databaseUrl, { applicationName: 'factlog-api' }) },
        { provide: EventStore, inject: [KYSELY], useFactory: (db) => new EventStore(db) },
      ],
      exports: [KYSELY, EventStore],
    };
  }
}
