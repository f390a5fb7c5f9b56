/**
 * On a narrow screen each table row shows as a card (components.css), where a value needs its
 * column's name beside it. The names are copied from the table's head into each cell's
 * `data-label`, so that a table names its columns once, in its <thead>, and every table (those to
 * come too) gets its labels.
 */
export function labelTableCells(table: HTMLTableElement): void {
  const names: string[] = [];
  for (const th of table.tHead?.rows[0]?.cells ?? []) {
    const name = th.textContent?.trim() ?? '';
    for (let span = 0; span < th.colSpan; span++) names.push(name);
  }
  if (names.length === 0) return;
  for (const body of table.tBodies) {
    for (const row of body.rows) {
      let column = 0;
      for (const cell of row.cells) {
        const name = names[column];
        if (name && cell.dataset.label !== name) cell.dataset.label = name;
        column += cell.colSpan;
      }
    }
  }
}

/** Labels the cells of every table in `root`, now and whenever rows are added. */
export function keepTableCellsLabelled(root: HTMLElement): void {
  const labelAll = () => root.querySelectorAll('table').forEach(labelTableCells);
  labelAll();
  // Only elements being added matter; setting data-label is an attribute change and is not observed.
  new MutationObserver(labelAll).observe(root, { childList: true, subtree: true });
}
