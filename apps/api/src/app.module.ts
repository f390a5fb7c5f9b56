import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { connect, DATABASE } from '#database';
import { EventStore } from '#event-store';
import { RecordingModule } from '#recording';
import { ApiKeysController } from './auth/api-keys.controller.js';
import { AuthGuard } from './auth/auth.guard.js';
import { MeController } from './auth/me.controller.js';
import { ClaimsController } from './claims/claims.controller.js';
import { ContradictionsController } from './facts/contradictions.controller.js';
import { FactsController } from './facts/facts.controller.js';
import { ReadSupport } from './facts/read-params.js';
import { AuditController } from './feed/audit.controller.js';
import { EventsController } from './feed/events.controller.js';
import { LogWatcher } from './feed/log-watcher.js';
import { LogVerificationController } from './log/log-verification.controller.js';
import { CONNECTION_STRING } from './connection-string.js';
import { ProjectionsController } from './projector/projections.controller.js';
import { PrometheusController } from './monitoring/prometheus.controller.js';
import { ProjectorHeap } from './monitoring/projector-heap.js';
import { ProjectorService, PROJECTION_SLICES, RUN_PROJECTOR } from './projector/projector.service.js';
import { READ_URLS, ReadReplicas } from './replicas/read-replicas.js';
import { SETTINGS, type AppSettings } from './settings.js';
import { EntitiesController } from './entities/entities.controller.js';
import { ExportsController } from './exports/exports.controller.js';
import { LogExportController } from './exports/log-export.controller.js';
import { HealthController } from './health/health.controller.js';
import { IMPORT_PROCESSES, ImportJobs } from './imports/import-jobs.js';
import { ImportsController } from './imports/imports.controller.js';
import { ConditionalGetInterceptor } from './http/conditional-get.interceptor.js';
import { IdempotencyInterceptor } from './http/idempotency.interceptor.js';
import { ProblemFilter } from './http/problem.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { SearchController } from './search/search.controller.js';
import { SourcesController } from './sources/sources.controller.js';
import { ReviewController } from './workflow/review.controller.js';
import { WorkflowController } from './workflow/workflow.controller.js';
import type { AppDb, Database } from './schema.js';
import { WEBHOOK_DELIVERY, WebhookDeliveryService } from './webhooks/delivery.service.js';
import { WebhooksController } from './webhooks/webhooks.controller.js';
import { StreamTokens } from './feed/stream-tokens.js';
import type { DeliverySettings } from '#webhooks';

@Module({})
export class AppModule implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE) private readonly db: AppDb,
    private readonly store: EventStore,
  ) {}

  static forDatabase(
    databaseUrl: string,
    options: {
      runProjector: boolean;
      importProcesses: boolean;
      projectionSlices: number;
      settings: AppSettings;
      webhooks: DeliverySettings;
      readUrls?: readonly string[];
    },
  ): DynamicModule {
    // A request waits at most 5 s for a connection: during an outage it answers 503 at once
    // rather than hanging with the others.
    const database = { provide: DATABASE, useFactory: () => connect<Database>(databaseUrl, { applicationName: 'factlog-api', acquireTimeoutMs: 5000 }) };
    const store = { provide: EventStore, inject: [DATABASE], useFactory: (db: AppDb) => new EventStore(db) };
    return {
      module: AppModule,
      global: true,
      imports: [CqrsModule.forRoot(), RecordingModule],
      controllers: [
        HealthController,
        ApiKeysController,
        MeController,
        SourcesController,
        EntitiesController,
        MetricsController,
        ClaimsController,
        ImportsController,
        WorkflowController,
        ReviewController,
        ExportsController,
        LogExportController,
        FactsController,
        SearchController,
        ContradictionsController,
        EventsController,
        AuditController,
        ProjectionsController,
        PrometheusController,
        LogVerificationController,
        WebhooksController,
      ],
      providers: [
        database,
        store,
        { provide: CONNECTION_STRING, useValue: databaseUrl },
        { provide: RUN_PROJECTOR, useValue: options.runProjector },
        { provide: PROJECTION_SLICES, useValue: options.projectionSlices },
        { provide: IMPORT_PROCESSES, useValue: options.importProcesses },
        { provide: SETTINGS, useValue: options.settings },
        { provide: WEBHOOK_DELIVERY, useValue: options.webhooks },
        { provide: READ_URLS, useValue: options.readUrls ?? [] },
        ReadReplicas,
        ProjectorHeap,
        ReadSupport,
        LogWatcher,
        ProjectorService,
        WebhookDeliveryService,
        StreamTokens,
        ImportJobs,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_INTERCEPTOR, useClass: ConditionalGetInterceptor },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
      exports: [DATABASE, EventStore],
    };
  }

  async onApplicationShutdown() {
    await this.store.close();
    await this.db.destroy();
  }
}
