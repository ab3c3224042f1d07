import { afterAll, beforeAll, describe, it } from 'vitest';
import { TestApi } from '../support/api-client';
import { createTestDatabase, dropDatabase } from '../support/databases';
import { testConfig } from '../support/test-config';

describe('probe', () => {
  let database: { name: string; url: string };
  let api: TestApi;
  beforeAll(async () => {
    database = await createTestDatabase('probe');
    api = await TestApi.start(testConfig(database.url, { NODE_ENV: 'production' }));
  });
  afterAll(async () => { await api.close(); await dropDatabase(database.name); });
  it('probes', async () => {
    const inj = api.app;
    const show = async (label: string, opts: any) => {
      const r = await inj.inject(opts);
      console.log(label, r.statusCode, JSON.stringify(r.headers['content-type']), r.body.slice(0, 400));
    };
    await show('get mutation', { method: 'GET', url: '/graphql?query=' + encodeURIComponent('mutation { signOut { __typename } }') });
    await show('get query', { method: 'GET', url: '/graphql?query=' + encodeURIComponent('{ apiInfo { version } }') });
    await show('urlencoded', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'query=%7BapiInfo%7Bversion%7D%7D' });
    await show('text/plain', { method: 'POST', url: '/graphql', headers: { 'content-type': 'text/plain' }, payload: JSON.stringify({ query: '{ apiInfo { version } }' }) });
    await show('multipart', { method: 'POST', url: '/graphql', headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{apiInfo{version}}\r\n--x--\r\n' });
    await show('application/graphql', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/graphql' }, payload: '{ apiInfo { version } }' });
    await show('no ctype', { method: 'POST', url: '/graphql', payload: '{"query":"{ apiInfo { version } }"}' , headers: {'content-type': ''}});
    await show('batch', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ apiInfo { version } }' }))) });
    await show('1MB', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: '{ apiInfo { version } }' + ' '.repeat(1_000_000) }) });
    await show('1MB tokens', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: '{ apiInfo { ' + 'version '.repeat(120_000) + '} }' }) });
    await show('2MB', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: '{ apiInfo { version } }' + ' '.repeat(2_000_000) }) });
    await show('depth50', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: '{ dataProduct(slug: "x") { ' + 'team { products(first: 1) { nodes { '.repeat(16) + 'id' + ' } } }'.repeat(16) + ' } }' }) });
    await show('introspection', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: '{ __schema { types { name } } }' }) });
    await show('bad json', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: '{"query": ' });
    await show('no query', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: '{}' });
    await show('query not string', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: '{"query": 5}' });
    await show('unauth', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: '{ dataProduct(slug: "x") { id } }' }) });
    await show('put', { method: 'PUT', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: '{}' });
    const hdr = await inj.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: '{ apiInfo { version } }' }) });
    console.log('headers', JSON.stringify(hdr.headers));
    await show('cost', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: '{ dataProducts(first: 100) { nodes { team { products(first: 100) { nodes { id } } } } } }' }) });
    await show('404', { method: 'GET', url: '/nope' });
    await show('variables bad', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: 'query($id: ID!) { outputPort(id: $id) { id } }', variables: { id: { a: 1 } } }) });
  });
});
