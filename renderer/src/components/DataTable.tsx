/**
 * A table for registers of any size: only the rows in view exist in the page (virtualized with
 * @tanstack/react-virtual), and rows are fetched a page at a time as they scroll into view, so 100,000
 * rows scroll as smoothly as 100. Sorting, filtering per column and searching are the data source's job
 * (SQL for registers, `localSource` for data the page already holds); the table only asks.
 * Columns can be shown and hidden; the choice is kept per table id for the session.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from '../app/settings-store';
import { errorMessage } from '../api/client';

export interface DataColumn<Row> {
  id: string;
  label: string;
  /** The value shown (and, for `localSource`, sorted, filtered and searched). */
  value(row: Row): string | number | boolean | null;
  render?(row: Row): ReactNode;
  width?: number;
  align?: 'left' | 'right';
  sortable?: boolean;
  filterable?: boolean;
  /** Shown until the user chooses otherwise; default true. */
  visible?: boolean;
}

export interface PageQuery {
  offset: number;
  limit: number;
  sort: { field: string; direction: 'asc' | 'desc' } | null;
  search: string;
  filters: Record<string, string>;
}

export interface Page<Row> {
  total: number;
  rows: Row[];
}

export type DataSource<Row> = (query: PageQuery) => Promise<Page<Row>>;

export interface DataTableProps<Row> {
  /** Names the table for assistive technology and keeps its column choice. */
  id: string;
  label: string;
  columns: DataColumn<Row>[];
  source: DataSource<Row>;
  rowKey(row: Row): string | number;
  /** Change it to fetch again (e.g. after the data changed). */
  reloadToken?: unknown;
  height?: number;
  onRowActivate?(row: Row): void;
  /** Extra controls in the toolbar (export buttons, add, …). */
  toolbar?: ReactNode;
  emptyText?: string;
}

const PAGE_ROWS = 200;
const ROW_HEIGHT = 32;
const SEARCH_DELAY_MS = 250;
const columnChoices = new Map<string, string[]>();

/** A DataSource over rows the page already holds: sort, filter and search in memory. */
export function localSource<Row>(rows: readonly Row[], columns: readonly DataColumn<Row>[]): DataSource<Row> {
  return async (query) => {
    const text = (column: DataColumn<Row>, row: Row) => String(column.value(row) ?? '').toLowerCase();
    let result = rows.filter((row) =>
      Object.entries(query.filters).every(([id, value]) => {
        const column = columns.find((candidate) => candidate.id === id);
        return !value.trim() || (column !== undefined && text(column, row).includes(value.trim().toLowerCase()));
      }),
    );
    const words = query.search.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length > 0)
      result = result.filter((row) => words.every((word) => columns.some((column) => text(column, row).includes(word))));
    const sortColumn = query.sort && columns.find((column) => column.id === query.sort?.field);
    if (sortColumn && query.sort) {
      const sign = query.sort.direction === 'asc' ? 1 : -1;
      result = [...result].sort((a, b) => sign * compareValues(sortColumn.value(a), sortColumn.value(b)));
    }
    return { total: result.length, rows: result.slice(query.offset, query.offset + query.limit) };
  };
}

function compareValues(a: string | number | boolean | null, b: string | number | boolean | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-CN');
}

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

export function DataTable<Row>({
  id,
  label,
  columns,
  source,
  rowKey,
  reloadToken,
  height = 480,
  onRowActivate,
  toolbar,
  emptyText,
}: DataTableProps<Row>) {
  const t = useT();
  const domId = useId();
  const [sort, setSort] = useState<PageQuery['sort']>(null);
  const [searchText, setSearchText] = useState('');
  const [filterText, setFilterText] = useState<Record<string, string>>({});
  const search = useDebounced(searchText, SEARCH_DELAY_MS);
  const filters = useDebounced(filterText, SEARCH_DELAY_MS);
  const [visibleIds, setVisibleIds] = useState<string[]>(
    () => columnChoices.get(id) ?? columns.filter((column) => column.visible !== false).map((column) => column.id),
  );
  const visible = columns.filter((column) => visibleIds.includes(column.id));

  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pages = useRef(new Map<number, Row[]>());
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const [, setLoadedPages] = useState(0);

  const loadPage = useCallback(
    async (pageIndex: number) => {
      if (pages.current.has(pageIndex) || loading.current.has(pageIndex)) return;
      loading.current.add(pageIndex);
      const asked = generation.current;
      try {
        const page = await source({ offset: pageIndex * PAGE_ROWS, limit: PAGE_ROWS, sort, search, filters });
        if (asked !== generation.current) return; // the query changed while this page was on its way
        pages.current.set(pageIndex, page.rows);
        setTotal(page.total);
        setError(null);
        setLoadedPages((count) => count + 1);
      } catch (failure) {
        if (asked === generation.current) setError(errorMessage(failure));
      } finally {
        loading.current.delete(pageIndex);
      }
    },
    [source, sort, search, filters],
  );

  // A new query (or new data) starts from an empty cache and the first page.
  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    loading.current = new Set();
    void loadPage(0);
  }, [loadPage, reloadToken]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (total === null) return;
    for (let page = Math.floor(firstIndex / PAGE_ROWS); page <= Math.floor(lastIndex / PAGE_ROWS); page++) void loadPage(page);
  }, [firstIndex, lastIndex, total, loadPage]);

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [sort, search, filters, virtualizer]); // the virtualizer is one instance for the table's life

  const template = useMemo(() => visible.map((column) => (column.width ? `${column.width}px` : 'minmax(100px, 1fr)')).join(' '), [visible]);
  const rowAt = (index: number): Row | undefined => pages.current.get(Math.floor(index / PAGE_ROWS))?.[index % PAGE_ROWS];

  const toggleSort = (column: DataColumn<Row>) => {
    if (column.sortable === false) return;
    setSort((current) =>
      current?.field !== column.id
        ? { field: column.id, direction: 'asc' }
        : current.direction === 'asc'
          ? { field: column.id, direction: 'desc' }
          : null,
    );
  };
  const chooseColumn = (columnId: string, shown: boolean) => {
    setVisibleIds((current) => {
      const next = shown
        ? columns.filter((column) => column.id === columnId || current.includes(column.id)).map((column) => column.id)
        : current.filter((idOf) => idOf !== columnId);
      const kept = next.length > 0 ? next : current; // at least one column stays
      columnChoices.set(id, kept);
      return kept;
    });
  };

  return (
    <div className="datatable">
      <div className="datatable__toolbar">
        <label className="datatable__search">
          <span>{t('app.table.search')}</span>
          <input type="search" value={searchText} onChange={(event) => setSearchText(event.target.value)} aria-controls={domId} />
        </label>
        <details className="datatable__columns">
          <summary>{t('app.table.columns')}</summary>
          <fieldset>
            <legend>{t('app.table.columns')}</legend>
            {columns.map((column) => (
              <label key={column.id}>
                <input
                  type="checkbox"
                  checked={visibleIds.includes(column.id)}
                  onChange={(event) => chooseColumn(column.id, event.target.checked)}
                />
                {column.label}
              </label>
            ))}
          </fieldset>
        </details>
        <span className="datatable__count" role="status" aria-live="polite">
          {total === null ? t('app.loading') : t('app.table.rows', { count: total })}
        </span>
        {toolbar}
      </div>
      {error ? (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      ) : null}
      <div id={domId} className="datatable__grid" role="table" aria-label={label} aria-rowcount={(total ?? 0) + 2}>
        <div role="rowgroup" className="datatable__head">
          <div role="row" aria-rowindex={1} className="datatable__row" style={{ gridTemplateColumns: template }}>
            {visible.map((column) => {
              const sorted = sort?.field === column.id ? sort.direction : null;
              return (
                <div
                  key={column.id}
                  role="columnheader"
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  className={`datatable__cell datatable__cell--${column.align ?? 'left'}`}
                >
                  {column.sortable === false ? (
                    column.label
                  ) : (
                    <button type="button" className="datatable__sort" onClick={() => toggleSort(column)}>
                      {column.label}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  )}
                </div>
              );
            })}
          </div>
          <div role="row" aria-rowindex={2} className="datatable__row datatable__filters" style={{ gridTemplateColumns: template }}>
            {visible.map((column) => (
              <div key={column.id} role="cell" className="datatable__cell">
                {column.filterable === false ? null : (
                  <input
                    type="text"
                    aria-label={t('app.table.filter', { column: column.label })}
                    value={filterText[column.id] ?? ''}
                    onChange={(event) => setFilterText((current) => ({ ...current, [column.id]: event.target.value }))}
                  />
                )}
              </div>
            ))}
          </div>
        </div>
        <div ref={scrollRef} className="datatable__body" style={{ height }} role="rowgroup" tabIndex={0}>
          {total === 0 ? <div className="datatable__empty">{emptyText ?? t('app.table.empty')}</div> : null}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rowAt(item.index);
              return (
                <div
                  key={row === undefined ? `loading-${item.index}` : rowKey(row)}
                  role="row"
                  aria-rowindex={item.index + 3}
                  className={`datatable__row${onRowActivate ? ' datatable__row--action' : ''}`}
                  style={{
                    gridTemplateColumns: template,
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: item.size,
                    transform: `translateY(${item.start}px)`,
                  }}
                  tabIndex={onRowActivate && row ? 0 : undefined}
                  onDoubleClick={row && onRowActivate ? () => onRowActivate(row) : undefined}
                  onKeyDown={row && onRowActivate ? (event) => event.key === 'Enter' && onRowActivate(row) : undefined}
                >
                  {visible.map((column) => (
                    <div key={column.id} role="cell" className={`datatable__cell datatable__cell--${column.align ?? 'left'}`}>
                      {row === undefined ? '…' : column.render ? column.render(row) : String(column.value(row) ?? '')}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
