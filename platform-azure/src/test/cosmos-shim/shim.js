// TEST ONLY. Serves @vercel/cosmosdb-server's account model over HTTPS and answers, for the calls the
// Java SDK makes, what Cosmos DB documents where the server falls short: the account fields the SDK needs,
// 404 for missing items, If-Match on every write, queries scoped by the partition-key header (with a
// trivial one-range query plan), atomic transactional batches, and an incremental change feed whose
// continuation is the container's LSN (every write and delete takes the next LSN, stamped as _lsn).
//
// usage: SHIM_PFX_PASSWORD=<pkcs12 password> node shim.js <node_modules dir> <port> <pkcs12 file>
"use strict";
const { createRequire } = require("module");
const fs = require("fs");
const https = require("https");
const path = require("path");
const { randomUUID } = require("crypto");

const [modules, port, pfx] = process.argv.slice(2);
const passphrase = process.env.SHIM_PFX_PASSWORD;
const need = createRequire(path.join(path.resolve(modules), "index.js"));
const Account = need("@vercel/cosmosdb-server/lib/account").default;
const route = need("@vercel/cosmosdb-server/lib/routes").default;
const ops = need("@vercel/cosmosdb-server/lib/handler/_document-operations");
const getValue = need("@vercel/cosmosdb-server/lib/utils/get-value").default;
const query = need("@zeit/cosmosdb-query").default;

const HOST = "127.0.0.1";
const account = new Account(HOST, Number(port));
Object.assign(account.read(), { enableNRegionSynchronousCommit: false, enablePerPartitionFailoverBehavior: false });
const DOCS = /^\/+dbs\/([^/]+)\/colls\/([^/]+)\/docs(?:\/([^/]+))?\/?$/;
const COLL = /^\/+dbs\/([^/]+)\/colls\/([^/]+)/;
const lsns = new Map();

const truthy = (req, name) => String(req.headers[name] || "").toLowerCase() === "true";
const nextLsn = key => { const n = (lsns.get(key) || 0) + 1; lsns.set(key, n); return n; };
const stamp = (key, doc) => { doc._lsn = nextLsn(key); return doc; };
const pkPath = coll => ((coll.read().partitionKey || {}).paths || ["/id"])[0].slice(1).split("/");
const stored = coll => [...coll.documents._data.values()].map(item => item.read());

function partitionOf(req) {
  const header = req.headers["x-ms-documentdb-partitionkey"];
  if (!header || header === "[{}]") return undefined;
  const parsed = JSON.parse(header);
  return Array.isArray(parsed) ? parsed[0] : parsed;
}

function send(res, status, body, headers = {}) {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.setHeader("x-ms-activity-id", randomUUID());
  res.setHeader("x-ms-request-charge", "1");
  if (body && body._etag) res.setHeader("etag", body._etag);
  Object.entries(headers).forEach(([k, v]) => res.setHeader(k, v));
  res.end(body === undefined ? "" : JSON.stringify(body));
}

// One write, as the server's own operations do it, plus the LSN; failures answer as Cosmos DB does.
function write(coll, key, op, input) {
  const result = ops[op](coll, input);
  if (result.statusCode < 300 && op !== "readOperation") {
    if (op === "deleteOperation") nextLsn(key); else stamp(key, result.body);
  }
  return result;
}

function batch(coll, key, pk, operations) {
  const before = lsns.get(key) || 0;
  const undo = [];
  const results = [];
  for (let i = 0; i < operations.length; i += 1) {
    const input = { ...operations[i], partitionKey: JSON.stringify([pk]) };
    const id = input.id || (input.resourceBody || {}).id;
    const previous = coll.document(id, pk).read();
    const op = { Create: "createOperation", Upsert: "upsertOperation", Replace: "replaceOperation",
      Delete: "deleteOperation", Read: "readOperation" }[input.operationType];
    const result = op ? write(coll, key, op, input) : { statusCode: 400, body: { message: "unsupported" } };
    if (result.statusCode >= 400) {
      for (const [undoId, old] of undo.reverse()) {
        if (coll.document(undoId, pk).read()) coll.documents.delete(undoId, pk);
        if (old) coll.documents._set(old);
      }
      lsns.set(key, before);
      const failed = operations.map((_, j) => ({ statusCode: j === i ? result.statusCode : 424, requestCharge: 0 }));
      return { status: 207, body: failed };
    }
    undo.push([id, previous]);
    results.push({ statusCode: result.statusCode, requestCharge: 1, eTag: result.body && result.body._etag,
      resourceBody: result.body });
  }
  return { status: 200, body: results };
}

function changeFeed(req, coll) {
  const tag = String(req.headers["if-none-match"] || "").replace(/"/g, "");
  const key = req.key;
  const since = tag === "*" ? (lsns.get(key) || 0) : Number(tag || 0);
  const max = Number(req.headers["x-ms-max-item-count"] || 100);
  const changes = stored(coll).filter(d => d._lsn > since).sort((a, b) => a._lsn - b._lsn);
  const page = changes.slice(0, max > 0 ? max : 100);
  const etag = `"${page.length ? page[page.length - 1]._lsn : since}"`;
  if (!page.length) return send(req.res, 304, undefined, { etag, "x-ms-item-count": "0" });
  return send(req.res, 200, { _rid: coll.read()._rid, Documents: page, _count: page.length },
    { etag, "x-ms-item-count": String(page.length) });
}

function runQuery(req, res, coll, body) {
  const pk = partitionOf(req);
  const items = stored(coll).filter(d => pk === undefined || getValue(pkPath(coll), d) === pk);
  const header = req.headers["x-ms-continuation"];
  const maxItemCount = Number(req.headers["x-ms-max-item-count"] || -1);
  const composite = (coll.read().indexingPolicy || {}).compositeIndexes;
  let result;
  try {
    result = query(body.query).exec(items, {
      parameters: body.parameters, maxItemCount: maxItemCount > 0 ? maxItemCount : undefined,
      continuation: header ? JSON.parse(header) : undefined,
      compositeIndexes: composite && composite.length ? composite : undefined });
  } catch (err) {
    return send(res, 400, { code: "BadRequest", message: err.message });
  }
  const headers = { "x-ms-item-count": String(result.result.length) };
  if (result.continuation) headers["x-ms-continuation"] = JSON.stringify(result.continuation);
  return send(res, 200, { _rid: coll.read()._rid, Documents: result.result, _count: result.result.length },
    headers);
}

const QUERY_PLAN = {
  partitionedQueryExecutionInfoVersion: 2,
  queryRanges: [{ min: "", max: "FF", isMinInclusive: true, isMaxInclusive: false }]
};
function queryPlan(body) {
  const hasSelectValue = /^\s*SELECT\s+(TOP\s+\S+\s+)?VALUE\b/i.test(body.query || "");
  return { ...QUERY_PLAN, queryInfo: { distinctType: "None", top: null, offset: null, limit: null, orderBy: [],
    orderByExpressions: [], groupByExpressions: [], groupByAliases: [], aggregates: [],
    groupByAliasToAggregateType: {}, rewrittenQuery: "", hasSelectValue, dCountInfo: null,
    hasNonStreamingOrderBy: false } };
}

function documents(req, res, [, db, collId, docId], raw) {
  const coll = account.database(db).collection(collId);
  res.setHeader("x-ms-alt-content-path", `dbs/${db}/colls/${collId}`);
  if (!coll.read()) return send(res, 404, { code: "NotFound", message: "no such container" });
  const key = `${db}/${collId}`;
  const body = raw.length ? JSON.parse(raw.toString()) : undefined;
  const pk = partitionOf(req);
  const input = { partitionKey: req.headers["x-ms-documentdb-partitionkey"], ifMatch: req.headers["if-match"],
    id: docId && decodeURIComponent(docId), resourceBody: body };
  let result;
  if (req.method === "GET" && docId) {
    result = write(coll, key, "readOperation", input);
  } else if (req.method === "GET" && req.headers["a-im"]) {
    return changeFeed(Object.assign(req, { res, key }), coll);
  } else if (req.method === "POST" && truthy(req, "x-ms-cosmos-is-query-plan-request")) {
    return send(res, 200, queryPlan(body));
  } else if (req.method === "POST" && (truthy(req, "x-ms-documentdb-isquery")
      || req.headers["content-type"] === "application/query+json")) {
    return runQuery(req, res, coll, body);
  } else if (req.method === "POST" && truthy(req, "x-ms-cosmos-is-batch-request")) {
    const outcome = batch(coll, key, pk, body);
    return send(res, outcome.status, outcome.body);
  } else if (req.method === "POST") {
    result = write(coll, key, truthy(req, "x-ms-documentdb-is-upsert") ? "upsertOperation" : "createOperation", input);
  } else if (req.method === "PUT" && docId) {
    result = write(coll, key, "replaceOperation", { ...input, resourceBody: { ...body, id: input.id } });
  } else if (req.method === "DELETE" && docId) {
    result = write(coll, key, "deleteOperation", input);
  } else {
    return send(res, 400, { code: "BadRequest", message: "not supported by the test server" });
  }
  return send(res, result.statusCode, result.statusCode === 204 ? undefined : result.body);
}

// Everything else (databases, containers, partition key ranges) is the server's own handler.
async function delegate(req, res) {
  const found = route(req);
  if (!found) return send(res, 400, { message: "no route" });
  const collection = COLL.exec(req.url);
  if (collection) {
    const own = /^\/+dbs\/[^/]+\/colls\/[^/]+\/?$/.test(req.url.split("?")[0]);
    res.setHeader("x-ms-alt-content-path", own ? `dbs/${collection[1]}` : `dbs/${collection[1]}/colls/${collection[2]}`);
  }
  const [params, handler] = found;
  let body = await handler(account, req, res, params);
  if (req.url === "/" || req.url === "//") body = account.read();
  let status = res.statusCode;
  if (req.headers["a-im"] && status === 200) {
    if (req.headers["if-none-match"]) status = 304;
    res.setHeader("etag", "1");
  }
  return send(res, status, body);
}

const server = https.createServer({ pfx: fs.readFileSync(pfx), passphrase }, (req, res) => {
  const match = DOCS.exec(req.url.split("?")[0]);
  const handle = match
    ? new Promise((resolve, reject) => {
      const chunks = [];
      req.on("data", c => chunks.push(c)).on("end", () => {
        try { resolve(documents(req, res, match, Buffer.concat(chunks))); } catch (e) { reject(e); }
      }).on("error", reject);
    })
    : delegate(req, res);
  Promise.resolve(handle).catch(err => {
    console.error(err);
    if (!res.headersSent) send(res, 500, { message: String(err.message) });
  });
});
server.listen(Number(port), HOST, () => console.log(`cosmos shim ready on https://${HOST}:${port}/`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
