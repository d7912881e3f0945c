// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { localSource, type DataColumn } from './DataTable';

interface Row {
  id: number;
  name: string;
  seats: number | null;
}
const rows: Row[] = [
  { id: 1, name: 'Office 专业版', seats: 20 },
  { id: 2, name: 'WPS', seats: null },
  { id: 3, name: 'Visio', seats: 5 },
  { id: 4, name: 'office 标准版', seats: 12 },
];
const columns: DataColumn<Row>[] = [
  { id: 'name', label: 'Name', value: (row) => row.name },
  { id: 'seats', label: 'Seats', value: (row) => row.seats },
];
const query = { offset: 0, limit: 100, sort: null, search: '', filters: {} };
const ids = (page: { rows: Row[] }) => page.rows.map((row) => row.id);

describe('localSource: what a DataTable asks of data the page already holds', () => {
  const source = localSource(rows, columns);

  it('sorts numbers as numbers, empty values first, both ways', async () => {
    expect(ids(await source({ ...query, sort: { field: 'seats', direction: 'asc' } }))).toEqual([2, 3, 4, 1]);
    expect(ids(await source({ ...query, sort: { field: 'seats', direction: 'desc' } }))).toEqual([1, 4, 3, 2]);
  });

  it('filters a column and searches every column, ignoring case; every word must match', async () => {
    expect(ids(await source({ ...query, filters: { name: 'OFFICE' } }))).toEqual([1, 4]);
    expect(ids(await source({ ...query, search: 'office 12' }))).toEqual([4]);
    expect(ids(await source({ ...query, filters: { name: '  ' } }))).toEqual([1, 2, 3, 4]);
  });

  it('pages after filtering, and reports the filtered total', async () => {
    const page = await source({ ...query, offset: 1, limit: 1, filters: { name: 'o' } });
    expect(page).toEqual({ total: 3, rows: [rows[2]] });
  });
});
