/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { columnOrder, defaultOrder, readFilters, sortDirections, sortFromColumn, toQuery, writeFilters } from './case-list-query.js';

const read = (qs: string) => readFilters(new URLSearchParams(qs));

describe('case list sort and order', () => {
  it('defaults to the server’s direction for each sort', () => {
    assert.equal(defaultOrder('dueDate'), 'asc');
    assert.equal(defaultOrder('filedOn'), 'desc');
    assert.equal(defaultOrder('caseNumber'), 'desc');
    assert.deepEqual([read('').sort, read('').order], ['dueDate', 'asc']);
    assert.deepEqual([read('sort=filedOn').sort, read('sort=filedOn').order], ['filedOn', 'desc']);
  });

  it('reads an explicit order and ignores nonsense', () => {
    assert.equal(read('sort=filedOn&order=asc').order, 'asc');
    assert.equal(read('order=desc').order, 'desc');
    assert.deepEqual([read('sort=bogus&order=up').sort, read('sort=bogus&order=up').order], ['dueDate', 'asc']);
  });

  it('writes the order only when it differs from the default, and survives a round trip', () => {
    assert.equal(writeFilters(read('sort=filedOn')).toString(), 'sort=filedOn');
    assert.equal(writeFilters(read('sort=filedOn&order=asc')).toString(), 'sort=filedOn&order=asc');
    assert.equal(writeFilters(read('order=desc')).toString(), 'order=desc');
    assert.equal(writeFilters(read('')).toString(), '');
    for (const qs of ['sort=caseNumber&order=asc', 'q=%E6%B5%B7&overdue=true&order=desc&page=2']) {
      assert.deepEqual(read(writeFilters(read(qs)).toString()), read(qs));
    }
  });

  it('always sends the order to the server', () => {
    assert.deepEqual(toQuery(read('')), { page: 1, pageSize: 20, sort: 'dueDate', order: 'asc' });
    assert.equal(toQuery(read('sort=caseNumber')).order, 'desc');
  });

  it('maps table columns to and from the query', () => {
    const byFiled = read('sort=filedOn');
    assert.equal(columnOrder(byFiled, 'filedOn'), 'descend');
    assert.equal(columnOrder(byFiled, 'dueDate'), null);
    assert.equal(columnOrder(read('sort=filedOn&order=asc'), 'filedOn'), 'ascend');
    assert.deepEqual(sortFromColumn('filedOn', 'ascend'), { sort: 'filedOn', order: 'asc' });
    assert.deepEqual(sortFromColumn('caseNumber', 'descend'), { sort: 'caseNumber', order: 'desc' });
    // A cleared sort (third click) or an unknown column goes back to the default.
    assert.deepEqual(sortFromColumn('filedOn', null), { sort: 'dueDate', order: 'asc' });
    assert.deepEqual(sortFromColumn('claimTotal', 'ascend'), { sort: 'dueDate', order: 'asc' });
    assert.deepEqual(sortDirections('dueDate'), ['ascend', 'descend']);
    assert.deepEqual(sortDirections('filedOn'), ['descend', 'ascend']);
  });
});
