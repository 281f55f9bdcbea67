// stancegraph browser view: the actor–proposal graph from /api/graph, filters kept in the page
// URL (?actor=&proposal=&stance=&since=&until=), statements of an edge and a SPARQL box, both
// asked of /sparql. Every label the graph shows is also written into the lists beside it.
'use strict';

const STANCE_COLOURS = {
  supports: '#2e7d32',
  opposes: '#c62828',
  proposes: '#1565c0',
  considers: '#9e9e9e',
};
const FILTERS = ['actor', 'proposal', 'stance', 'since', 'until'];
const form = document.getElementById('filters');
const statusLine = document.getElementById('status');
let cy = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v; else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function currentFilters() {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = form.elements[name].value;
    if (value) params.set(name, value);
  }
  return params;
}

async function getJson(url) {
  const response = await fetch(url);
  const text = await response.text();
  if (!response.ok) throw new Error(text || response.statusText);
  return JSON.parse(text);
}

async function sparql(query) {
  const response = await fetch('/sparql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/sparql-query',
      Accept: 'application/sparql-results+json',
    },
    body: query,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status}: ${text}`);
  return JSON.parse(text);
}

function fillOptions(select, nodes, selected) {
  for (const n of nodes) {
    const option = el('option', { value: n.id }, n.label);
    if (n.id === selected) option.selected = true;
    select.append(option);
  }
}

/// Two columns: actors left, proposals right, each sorted by label.
function positions(nodes) {
  const actors = nodes.filter((n) => n.kind !== 'proposal').sort((a, b) => a.label.localeCompare(b.label));
  const proposals = nodes.filter((n) => n.kind === 'proposal').sort((a, b) => a.label.localeCompare(b.label));
  const rows = Math.max(actors.length, proposals.length, 1);
  const height = Math.max(rows * 34, 300);
  const place = (list, x) => list.map((n, i) => [n.id, { x, y: ((i + 0.5) * height) / list.length }]);
  return Object.fromEntries([...place(actors, 0), ...place(proposals, 520)]);
}

function render(graph) {
  const pos = positions(graph.nodes);
  const elements = [
    ...graph.nodes.map((n) => ({
      data: { id: n.id, label: n.label, kind: n.kind },
      position: pos[n.id],
    })),
    ...graph.edges.map((e, i) => ({ data: { id: `e${i}`, ...e } })),
  ];
  if (cy) cy.destroy();
  cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    layout: { name: 'preset', fit: true, padding: 30 },
    wheelSensitivity: 0.3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)', 'font-size': 12, 'text-valign': 'center', width: 14, height: 14,
          'background-color': '#607d8b', color: '#222', 'text-outline-color': '#fff', 'text-outline-width': 2,
        },
      },
      { selector: 'node[kind != "proposal"]', style: { 'text-halign': 'left', 'text-margin-x': -4 } },
      { selector: 'node[kind = "proposal"]', style: { shape: 'round-rectangle', 'background-color': '#ff8f00', 'text-halign': 'right', 'text-margin-x': 4 } },
      { selector: 'node[kind = "person"]', style: { shape: 'ellipse' } },
      { selector: 'node[kind = "state"]', style: { shape: 'diamond' } },
      { selector: 'node[kind = "organization"]', style: { shape: 'hexagon' } },
      {
        selector: 'edge',
        style: {
          width: 'mapData(articles, 1, 6, 1.5, 9)', 'line-color': (e) => STANCE_COLOURS[e.data('stance')] || '#999',
          'target-arrow-color': (e) => STANCE_COLOURS[e.data('stance')] || '#999', 'target-arrow-shape': 'triangle',
          'curve-style': 'bezier', opacity: 0.75,
        },
      },
      { selector: 'edge:selected', style: { opacity: 1, 'underlay-color': '#ffeb3b', 'underlay-opacity': 0.6, 'underlay-padding': 3 } },
    ],
  });
  cy.on('tap', 'edge', (evt) => showStatements(evt.target.data()));
  writeLists(graph);
  statusLine.textContent = `${graph.nodes.length} nodes, ${graph.edges.length} edges`;
  document.body.dataset.ready = 'true';
}

function writeLists(graph) {
  const labels = Object.fromEntries(graph.nodes.map((n) => [n.id, n.label]));
  const edgeList = document.getElementById('edge-list');
  edgeList.replaceChildren(
    ...graph.edges.map((e, i) => {
      const item = el('li', { 'data-stance': e.stance, 'data-edge': `e${i}` },
        `${labels[e.source]} `, el('span', { class: `stance st-${e.stance}` }, e.stance),
        ` ${labels[e.target]} (${e.articles} article${e.articles === 1 ? '' : 's'})`);
      item.addEventListener('click', () => {
        if (cy) { cy.elements().unselect(); cy.getElementById(`e${i}`).select(); }
        showStatements(e);
      });
      return item;
    }),
  );
  document.getElementById('edge-count').textContent = String(graph.edges.length);
  const nodeList = document.getElementById('node-list');
  nodeList.replaceChildren(
    ...graph.nodes.map((n) => el('li', { class: 'node-label', 'data-kind': n.kind }, n.label)),
  );
  document.getElementById('node-count').textContent = String(graph.nodes.length);
}

function iri(value) {
  if (!/^[^<>"{}|^`\\\s]+$/.test(value)) throw new Error(`not an IRI: ${value}`);
  return `<${value}>`;
}

function dateLiteral(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`not a date: ${value}`);
  return `"${value}"`;
}

async function showStatements(edge) {
  const box = document.getElementById('statements');
  document.getElementById('details-hint').textContent = '';
  box.replaceChildren(el('p', {}, 'loading…'));
  try {
    const f = currentFilters();
    const dateFilters = [];
    if (f.get('since')) dateFilters.push(`FILTER(BOUND(?date) && STR(?date) >= ${dateLiteral(f.get('since'))})`);
    if (f.get('until')) dateFilters.push(`FILTER(BOUND(?date) && SUBSTR(STR(?date), 1, 10) <= ${dateLiteral(f.get('until'))})`);
    const query = `SELECT ?evidence ?title ?date ?article ?confidence WHERE {
  ?s a sg:Statement ; sg:actor ${iri(edge.source)} ; sg:stance ${iri(edge.stanceIri)} ;
     sg:proposal ${iri(edge.target)} ; sg:evidence ?evidence ; prov:wasDerivedFrom ?article .
  OPTIONAL { ?s dcterms:date ?date }
  OPTIONAL { ?s sg:confidence ?confidence }
  OPTIONAL { ?article dcterms:title ?title }
  ${dateFilters.join('\n  ')}
} ORDER BY ?date ?title ?evidence`;
    const result = await sparql(query);
    const rows = result.results.bindings;
    const actor = cy ? cy.getElementById(edge.source).data('label') : edge.source;
    const proposal = cy ? cy.getElementById(edge.target).data('label') : edge.target;
    box.replaceChildren(
      el('p', {}, el('strong', {}, actor), ' ', el('span', { class: `stance st-${edge.stance}` }, edge.stance), ' ',
        el('strong', {}, proposal), ` — ${rows.length} statement${rows.length === 1 ? '' : 's'}`),
      ...rows.map((r) => el('div', { class: 'statement' },
        el('blockquote', {}, r.evidence ? r.evidence.value : ''),
        el('div', { class: 'meta' },
          r.date ? `${r.date.value.slice(0, 10)} · ` : '',
          el('a', { href: `/graph?iri=${encodeURIComponent(r.article.value)}`, target: '_blank' },
            r.title ? r.title.value : r.article.value),
          r.confidence ? ` · confidence ${Number(r.confidence.value).toFixed(2)}` : ''))),
    );
  } catch (err) {
    box.replaceChildren(el('p', { class: 'error' }, String(err.message || err)));
  }
}

function termText(term) {
  if (!term) return '';
  return term.value;
}

async function runQuery() {
  const status = document.getElementById('q-status');
  const out = document.getElementById('q-result');
  status.textContent = 'running…';
  out.replaceChildren();
  try {
    const result = await sparql(document.getElementById('q').value);
    if ('boolean' in result) {
      out.replaceChildren(el('p', {}, String(result.boolean)));
      status.textContent = '';
      return;
    }
    const vars = result.head.vars;
    const rows = result.results.bindings;
    out.replaceChildren(el('table', { id: 'q-table' },
      el('thead', {}, el('tr', {}, ...vars.map((v) => el('th', {}, v)))),
      el('tbody', {}, ...rows.map((r) => el('tr', {}, ...vars.map((v) => el('td', {}, termText(r[v]))))))));
    status.textContent = `${rows.length} row${rows.length === 1 ? '' : 's'}`;
  } catch (err) {
    status.textContent = '';
    out.replaceChildren(el('p', { class: 'error' }, String(err.message || err)));
  }
}

async function reload() {
  const params = currentFilters();
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
  statusLine.textContent = 'loading…';
  try {
    render(await getJson(`/api/graph${query ? `?${query}` : ''}`));
  } catch (err) {
    statusLine.textContent = '';
    statusLine.append(el('span', { class: 'error' }, String(err.message || err)));
  }
}

async function start() {
  const initial = new URLSearchParams(location.search);
  for (const name of ['stance', 'since', 'until']) {
    if (initial.get(name)) form.elements[name].value = initial.get(name);
  }
  try {
    const everything = await getJson('/api/graph');
    fillOptions(form.elements.actor, everything.nodes.filter((n) => n.kind !== 'proposal')
      .sort((a, b) => a.label.localeCompare(b.label)), initial.get('actor'));
    fillOptions(form.elements.proposal, everything.nodes.filter((n) => n.kind === 'proposal')
      .sort((a, b) => a.label.localeCompare(b.label)), initial.get('proposal'));
  } catch (err) {
    statusLine.textContent = String(err.message || err);
  }
  form.addEventListener('change', reload);
  document.getElementById('f-reset').addEventListener('click', () => { form.reset(); reload(); });
  document.getElementById('run').addEventListener('click', runQuery);
  await reload();
}

start();
