export { IMPORT_FIELDS, type ImportField, type ImportRow, type RowError } from './format.js';
export { IMPORT_FORMATS, ImportFileError, type ImportFormat, type ReadRow, readRows } from './read-rows.js';
export { ERRORS_KEPT, type ImportDeps, type ImportOptions, type ImportTally, runImport } from './importer.js';
export {
  failImport,
  getImport,
  IMPORT_SILENT_MS,
  IMPORT_STATUSES,
  type ImportsDb,
  type ImportStatus,
  type ImportStatusName,
  type ImportsTable,
  type ImportTables,
} from './import-status.js';
export { type ImportJob, registerImport, runImportJob } from './import-job.js';
export { exportLine, exportLog, type ExportProgress } from './export.js';
export { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, RECORD_KINDS, type RecordKind, RecordLine } from './records.js';
