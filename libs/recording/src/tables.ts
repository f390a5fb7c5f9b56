export interface EntityNamesTable {
  name_key: string;
  name: string;
  entity_id: string;
}

export interface RecordingTables {
  entity_names: EntityNamesTable;
}
