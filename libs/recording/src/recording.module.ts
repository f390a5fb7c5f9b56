import { Module } from '@nestjs/common';
import { PreviewClaimHandler } from './claim-preview.js';
import { GetClaimHandler } from './claim-queries.js';
import { ChangeClaimHandler, RecordClaimHandler } from './claims.js';
import { ResolveContradictionHandler } from './contradictions.js';
import { AddEntityAliasHandler, DefineEntityHandler, GetEntityHandler } from './entities.js';
import { DefineMetricHandler, GetMetricHandler } from './metrics.js';
import { GetSourceHandler, RegisterSourceHandler, UpdateSourceHandler } from './sources.js';
import { ChangeWorkflowHandler, CommentOnClaimHandler } from './workflow.js';

/**
 * The command and query handlers. The importing module provides the EventStore and the
 * DATABASE token, and registers CqrsModule.
 */
@Module({
  providers: [
    RegisterSourceHandler,
    UpdateSourceHandler,
    GetSourceHandler,
    DefineEntityHandler,
    AddEntityAliasHandler,
    GetEntityHandler,
    DefineMetricHandler,
    GetMetricHandler,
    RecordClaimHandler,
    ChangeClaimHandler,
    GetClaimHandler,
    PreviewClaimHandler,
    ResolveContradictionHandler,
    ChangeWorkflowHandler,
    CommentOnClaimHandler,
  ],
})
export class RecordingModule {}
