// The analysts' page: one hash route per view (#/search?…, #/ruling/ID, #/compare/ID,ID),
// each drawn from the JSON API. SAFETY: everything that comes from a ruling goes into the page
// through textContent or setAttribute on elements made here, never through innerHTML; the
// snippets' "**" marks become <mark> elements around text nodes.
'use strict';

const PAGE_SIZE = 20;
const SIMILAR = 8;
const ZONES = [['entete', 'Entête'], ['expose', 'Exposé'], ['motivation', 'Motivation'], ['dispositif', 'Dispositif']];
const CATEGORIES = {article_700: 'article 700', depens: 'dépens', condamnation: 'condamnation', demande: 'demande', autre: 'autre'};
const ROLES = {appelant: 'appelant', intime: 'intimé', demandeur: 'demandeur', defendeur: 'défendeur',
  demandeur_pourvoi: 'demandeur au pourvoi', defendeur_pourvoi: 'défendeur au pourvoi'};
const FACET_TITLES = {court: 'Juridiction', year: 'Année', outcome: 'Issue', article: 'Textes cités'};
const PALETTE = ['#3465a4', '#4e9a06', '#cc0000', '#c4a000', '#75507b', '#f57900', '#06989a', '#8f5902', '#555753',
  '#ad7fa8', '#729fcf', '#8ae234', '#ef2929', '#fcaf3e', '#204a87', '#babdb6'];
const euros = new Intl.NumberFormat('fr-FR', {style: 'currency', currency: 'EUR'});

let lastSearch = '#/search?';
const selected = new Set(JSON.parse(sessionStorage.getItem('compare') || '[]'));

// ---- DOM helpers: the only way text reaches the page ----

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
  return append(node, children);
}

function clear(node) {
  node.replaceChildren();
  return node;
}

/** A snippet whose matches are between "**": text nodes, and <mark> around the matches. */
function snippet(text) {
  const p = el('p', {class: 'snippet'});
  (text || '').split('**').forEach((part, i) => append(p, [i % 2 ? el('mark', {}, part) : part]));
  return p;
}

const label = value => (value || '').replaceAll('_', ' ');
const present = value => value !== null && value !== undefined && value !== '';
const money = a => a.currency && a.currency !== 'EUR' ? `${a.value} ${a.currency}` : euros.format(a.value);

// ---- API ----

async function api(path) {
  const response = await fetch(path, {headers: {Accept: 'application/json'}});
  const body = await response.json().catch(() => ({error: `réponse illisible (${response.status})`}));
  if (!response.ok) throw new Error(body.error || `erreur ${response.status}`);
  return body;
}

function showError(error) {
  const box = document.getElementById('error');
  box.textContent = error ? error.message : '';
  box.hidden = !error;
}

// ---- routing ----

function route() {
  showError(null);
  const hash = location.hash || '#/';
  const [path, query] = hash.slice(1).split('?');
  const views = {search: 'search-view', ruling: 'ruling-view', compare: 'compare-view'};
  let view = 'search';
  let job;
  if (path.startsWith('/ruling/')) {
    view = 'ruling';
    job = showRuling(decodeURIComponent(path.slice('/ruling/'.length)));
  } else if (path.startsWith('/compare/')) {
    view = 'compare';
    job = showComparison(path.slice('/compare/'.length).split(',').map(decodeURIComponent));
  } else {
    lastSearch = hash;
    job = showSearch(new URLSearchParams(query || ''));
  }
  for (const [name, id] of Object.entries(views)) document.getElementById(id).hidden = name !== view;
  document.body.dataset.view = view;
  job.catch(showError).finally(() => { document.body.dataset.loaded = hash; });
}

// ---- search ----

function formParams() {
  const params = new URLSearchParams();
  for (const input of document.querySelectorAll('[data-param]')) {
    if (input.value.trim() && !(input.dataset.param === 'sort' && input.value === 'relevance')) {
      params.set(input.dataset.param, input.value.trim());
    }
  }
  return params;
}

function search(params) {
  location.hash = '#/search?' + params.toString();
}

async function showSearch(params) {
  for (const input of document.querySelectorAll('[data-param]')) {
    input.value = params.get(input.dataset.param) || (input.dataset.param === 'sort' ? 'relevance' : '');
  }
  const offset = Number(params.get('offset') || 0);
  const query = new URLSearchParams(params);
  query.set('limit', PAGE_SIZE);
  const stats = new URLSearchParams(params);
  stats.delete('offset');
  stats.delete('sort');
  const [result, numbers] = await Promise.all([api('/api/search?' + query), api('/api/stats?' + stats)]);
  renderResults(result, params, offset);
  renderFacets(result.facets, params);
  renderStats(numbers);
  renderCompareBar();
}

function renderResults(result, params, offset) {
  const n = result.totalHits;
  const summary = clear(document.getElementById('summary'));
  append(summary, [n === 0 ? 'Aucune décision' : `${n} décision${n > 1 ? 's' : ''}`,
    n > PAGE_SIZE ? ` — ${offset + 1} à ${Math.min(offset + PAGE_SIZE, n)}` : '']);
  const list = clear(document.getElementById('results'));
  for (const hit of result.hits) {
    const numbers = (hit.caseNumbers || []).map(c => `${c.kind} ${c.value}`).join(', ');
    const box = el('input', {type: 'checkbox', class: 'select', 'aria-label': 'sélectionner pour comparer'});
    box.checked = selected.has(hit.id);
    box.addEventListener('change', () => toggleSelected(hit.id, box.checked));
    list.append(el('li', {class: 'result', 'data-id': hit.id},
      el('div', {class: 'result-head'}, box,
        el('a', {class: 'title', href: '#/ruling/' + encodeURIComponent(hit.id)},
          hit.court ? hit.court.name || label(hit.court.kind) : hit.id),
        el('span', {class: 'date'}, hit.date || ''),
        el('span', {class: 'numbers'}, numbers),
        hit.outcome ? el('span', {class: 'outcome'}, label(hit.outcome)) : null),
      snippet(hit.snippet)));
  }
  const pager = clear(document.getElementById('pager'));
  const page = (text, at) => {
    const p = new URLSearchParams(params);
    p.set('offset', at);
    return el('a', {href: '#/search?' + p, class: 'page'}, text);
  };
  if (offset > 0) pager.append(page('← Précédentes', Math.max(0, offset - PAGE_SIZE)));
  if (offset + PAGE_SIZE < n) pager.append(page('Suivantes →', offset + PAGE_SIZE));
}

/** Each facet value narrows the search to it: the filter of its dimension takes the value. */
function renderFacets(facets, params) {
  const box = clear(document.getElementById('facets'));
  for (const [dim, counts] of Object.entries(facets || {})) {
    const list = el('ul', {});
    for (const count of counts) {
      const button = el('button', {type: 'button', class: 'facet-value'}, label(count.label), el('span', {class: 'count'}, count.count));
      button.addEventListener('click', () => {
        const next = new URLSearchParams(params);
        next.delete('offset');
        if (dim === 'year') {
          next.set('from', count.label);
          next.set('to', count.label);
        } else {
          next.set(dim, count.label);
        }
        search(next);
      });
      list.append(el('li', {}, button));
    }
    box.append(el('section', {class: 'facet', 'data-dim': dim}, el('h3', {}, FACET_TITLES[dim] || dim), list));
  }
}

// ---- selection for comparison ----

function toggleSelected(id, on) {
  if (on) selected.add(id); else selected.delete(id);
  sessionStorage.setItem('compare', JSON.stringify([...selected]));
  renderCompareBar();
}

function renderCompareBar() {
  const bar = document.getElementById('compare-bar');
  bar.hidden = selected.size === 0;
  document.getElementById('compare-count').textContent = `${selected.size} sélectionnée${selected.size > 1 ? 's' : ''}`;
  const link = document.getElementById('compare-selected');
  link.setAttribute('href', '#/compare/' + [...selected].map(encodeURIComponent).join(','));
  link.classList.toggle('disabled', selected.size < 2);
}

// ---- statistics: inline SVG, labels as text nodes ----

function outcomeColors(tables) {
  const outcomes = [...new Set(tables.flatMap(t => Object.values(t).flatMap(o => Object.keys(o))))].sort();
  return Object.fromEntries(outcomes.map((o, i) => [o, PALETTE[i % PALETTE.length]]));
}

function renderStats(stats) {
  const colors = outcomeColors([stats.outcomesByCourt, stats.outcomesByYear]);
  chart('chart-court', stackedBars(Object.entries(stats.outcomesByCourt).slice(0, 10), colors), legend(colors));
  chart('chart-year', stackedBars(Object.entries(stats.outcomesByYear), colors), null);
  const sums = stats.article700;
  const note = sums.sums === 0 ? 'Aucune somme accordée au titre de l\'article 700 dans ce résultat.'
    : `${sums.sums} somme${sums.sums > 1 ? 's' : ''} · médiane ${euros.format(sums.median)} · moyenne ${euros.format(sums.mean)}`
      + ` · de ${euros.format(sums.min)} à ${euros.format(sums.max)}`;
  const buckets = sums.distribution.map(b => [b.to === null ? `≥ ${b.from}` : `${b.from}–${b.to}`, {sommes: b.count}]);
  chart('chart-700', sums.sums === 0 ? null : stackedBars(buckets, {sommes: PALETTE[0]}), el('p', {class: 'note'}, note));
}

function chart(id, drawing, below) {
  const figure = document.getElementById(id);
  const caption = figure.querySelector('figcaption');
  clear(figure).append(caption);
  if (drawing) figure.append(drawing);
  if (below) figure.append(below);
}

/** One horizontal bar per row, cut into its outcomes; the row's label on the left, its total on the right. */
function stackedBars(rows, colors) {
  if (rows.length === 0) return el('p', {class: 'note'}, 'Rien à montrer.');
  const width = 390, labelWidth = 170, bar = 16, gap = 5;
  const max = Math.max(...rows.map(([, o]) => Object.values(o).reduce((a, b) => a + b, 0)));
  const scale = (width - labelWidth - 40) / max;
  const drawing = svg('svg', {width, height: rows.length * (bar + gap) + gap, class: 'chart', role: 'img'});
  rows.forEach(([name, outcomes], i) => {
    const y = gap + i * (bar + gap);
    drawing.append(svg('text', {x: labelWidth - 6, y: y + bar - 5, 'text-anchor': 'end'}, name.length > 25 ? name.slice(0, 24) + '…' : name));
    let x = labelWidth, total = 0;
    for (const [outcome, count] of Object.entries(outcomes)) {
      drawing.append(svg('rect', {x, y, width: count * scale, height: bar, fill: colors[outcome] || '#888'},
        svg('title', {}, `${name} — ${label(outcome)} : ${count}`)));
      x += count * scale;
      total += count;
    }
    drawing.append(svg('text', {x: x + 4, y: y + bar - 5}, total));
  });
  return drawing;
}

function legend(colors) {
  return el('ul', {class: 'legend-list'}, Object.entries(colors).map(([outcome, color]) =>
    el('li', {}, svg('svg', {width: 12, height: 12}, svg('rect', {width: 12, height: 12, fill: color})), ' ', label(outcome))));
}

// ---- one ruling ----

async function showRuling(id) {
  document.getElementById('back-to-results').setAttribute('href', lastSearch);
  const add = document.getElementById('add-to-compare');
  add.onclick = () => { toggleSelected(id, true); add.textContent = `Dans la comparaison (${selected.size})`; };
  add.textContent = selected.has(id) ? `Dans la comparaison (${selected.size})` : 'Ajouter à la comparaison';
  clear(document.getElementById('sheet'));
  clear(document.getElementById('text'));
  clear(document.getElementById('similar-list'));
  const stored = await api('/api/rulings/' + encodeURIComponent(id));
  renderSheet(stored.ruling, stored.text);
  renderText(stored.ruling, stored.text || '');
  const similar = await api(`/api/rulings/${encodeURIComponent(id)}/similar?limit=${SIMILAR}`);
  renderSimilar(id, similar);
}

function section(title, ...content) {
  return el('section', {}, el('h3', {}, title), ...content);
}

function table(headers, rows, cls) {
  return el('table', {class: cls || null},
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(c => el('td', {}, c))))));
}

/** A link that scrolls the text to a span, when the span is in the text. */
function spanLink(text, start, end, kind, i) {
  return start < end && end <= text.length ? el('a', {href: '#', 'data-target': `${kind}-${i}`, class: 'to-text'}, '↘') : null;
}

/** Each sum once per category, with how many times the ruling mentions it; the link goes to its first mention. */
function distinctAmounts(amounts) {
  const groups = new Map();
  amounts.forEach((amount, index) => {
    const key = [amount.value, amount.currency, amount.tax, amount.category].join('|');
    if (groups.has(key)) groups.get(key).count++;
    else groups.set(key, {amount, index, count: 1});
  });
  return [...groups.values()];
}

function renderSheet(r, text) {
  const sheet = document.getElementById('sheet');
  const numbers = (r.caseNumbers || []).map(c => `${c.kind} ${c.value}`).join(' · ');
  append(sheet, [
    el('h2', {class: 'court'}, r.court ? r.court.name || label(r.court.kind) : r.id),
    el('p', {class: 'meta'}, [r.chamber, r.date, label(r.decisionType)].filter(present).join(' · ')),
    el('p', {class: 'meta numbers'}, numbers),
    r.outcome && r.outcome.solution ? el('p', {}, 'Issue : ', el('span', {class: 'outcome'}, label(r.outcome.solution))) : null,
    (r.lowerCourt || []).length ? section('Décision attaquée', el('ul', {}, r.lowerCourt.map(c =>
      el('li', {}, [c.court, c.city, c.date, c.number].filter(present).join(', '))))) : null,
    section('Parties', (r.parties || []).length ? table(['Rôle', 'Partie', 'Avocats'], r.parties.map(p => [
      ROLES[p.role] || label(p.role),
      el('span', {}, el('span', {class: 'party-name'}, p.name), ' ',
        el('small', {}, [p.legalForm, label(p.kind)].filter(present).join(', '))),
      (p.lawyers || []).map(l => el('div', {class: 'lawyer'}, l.bar ? `${l.name} (${l.bar})` : l.name))]), 'parties')
      : el('p', {class: 'none'}, 'non trouvées')),
    section('Magistrats', (r.judges || []).length || r.clerk
      ? el('ul', {}, (r.judges || []).map(j => el('li', {class: 'judge'}, j.function ? `${j.name}, ${j.function}` : j.name)),
        r.clerk ? el('li', {}, `${r.clerk}, greffier`) : null)
      : el('p', {class: 'none'}, 'non trouvés')),
    section('Montants', (r.amounts || []).length ? table(['Somme', 'Catégorie', 'Mentions', ''], distinctAmounts(r.amounts).map(g => [
      el('span', {class: 'amount-value'}, money(g.amount) + (g.amount.tax ? ' ' + g.amount.tax : '')),
      el('span', {class: 'category ' + g.amount.category}, CATEGORIES[g.amount.category] || g.amount.category),
      g.count > 1 ? `× ${g.count}` : '', spanLink(text || '', g.amount.start, g.amount.end, 'amount', g.index)]), 'amounts')
      : el('p', {class: 'none'}, 'aucun')),
    section('Textes cités', el('ul', {class: 'citations'}, (r.citations || []).map((c, i) =>
      el('li', {}, `${c.article} ${c.source || ''}`, ' ', spanLink(text || '', c.start, c.end, 'citation', i))))),
    el('p', {class: 'source'}, `Source : ${r.source} (${r.mediaType})`, ' · ',
      el('a', {href: '/api/rulings/' + encodeURIComponent(r.id)}, 'JSON')),
  ]);
}

/** The text, zone by zone, with the spans of the sums and citations marked (overlaps: the first wins). */
function renderText(r, text) {
  const spans = [];
  (r.amounts || []).forEach((a, i) => spans.push({start: a.start, end: a.end, cls: 'amount ' + a.category, id: `amount-${i}`,
    title: `${money(a)} — ${CATEGORIES[a.category] || a.category}`}));
  (r.citations || []).forEach((c, i) => spans.push({start: c.start, end: c.end, cls: 'citation', id: `citation-${i}`,
    title: `${c.article} ${c.source || ''}`}));
  const marks = [];
  let reached = 0;
  for (const s of spans.filter(s => s.start >= 0 && s.start < s.end && s.end <= text.length).sort((a, b) => a.start - b.start)) {
    if (s.start >= reached) {
      marks.push(s);
      reached = s.end;
    }
  }
  const zones = ZONES.filter(([key]) => r.zones && r.zones[key]).map(([key, name]) => ({key, name, start: r.zones[key][0], end: r.zones[key][1]}))
    .filter(z => z.start < z.end && z.end <= text.length).sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  for (const z of zones) {
    if (z.start < at) continue;
    if (z.start > at) parts.push({key: 'none', name: null, start: at, end: z.start});
    parts.push(z);
    at = z.end;
  }
  if (at < text.length) parts.push({key: 'none', name: null, start: at, end: text.length});
  const box = clear(document.getElementById('text'));
  for (const part of parts) {
    const body = el('div', {class: 'zone-text'});
    let pos = part.start;
    for (const m of marks.filter(m => m.end > part.start && m.start < part.end)) {
      const start = Math.max(m.start, part.start), end = Math.min(m.end, part.end);
      if (start > pos) body.append(text.slice(pos, start));
      body.append(el('mark', {class: m.cls, title: m.title, id: start === m.start ? m.id : null}, text.slice(start, end)));
      pos = end;
    }
    if (pos < part.end) body.append(text.slice(pos, part.end));
    box.append(el('section', {class: 'zone zone-' + part.key, 'data-zone': part.key},
      part.name ? el('div', {class: 'zone-label'}, part.name) : null, body));
  }
}

function renderSimilar(id, similar) {
  const list = clear(document.getElementById('similar-list'));
  if (similar.length === 0) list.append(el('li', {class: 'none'}, 'Aucune décision proche.'));
  for (const s of similar) {
    const h = s.ruling;
    const reasons = [
      s.articlesInCommon.length ? `Textes en commun : ${s.articlesInCommon.join(', ')}` : null,
      s.termsInCommon.length ? `Mots clés en commun : ${s.termsInCommon.join(', ')}` : null,
      s.sameOutcome ? `Même issue (${label(h.outcome)})` : null].filter(present);
    list.append(el('li', {class: 'similar', 'data-id': h.id},
      el('div', {class: 'result-head'},
        el('a', {class: 'title', href: '#/ruling/' + encodeURIComponent(h.id)}, h.court ? h.court.name || label(h.court.kind) : h.id),
        el('span', {class: 'date'}, h.date || ''),
        h.outcome ? el('span', {class: 'outcome'}, label(h.outcome)) : null,
        el('a', {class: 'compare-link', href: `#/compare/${encodeURIComponent(id)},${encodeURIComponent(h.id)}`}, 'Comparer')),
      el('ul', {class: 'reasons'}, reasons.map(r => el('li', {}, r))),
      snippet(h.snippet)));
  }
}

// ---- comparison ----

async function showComparison(ids) {
  clear(document.getElementById('compare-table'));
  clear(document.getElementById('provisions-table'));
  const c = await api('/api/compare?ids=' + ids.map(encodeURIComponent).join(','));
  const cols = c.rulings;
  const amounts = list => el('ul', {}, list.map(a => el('li', {}, `${money(a)} `, el('small', {}, CATEGORIES[a.category] || a.category))));
  const rows = [
    ['Juridiction', col => col.court ? col.court.name || label(col.court.kind) : '—'],
    ['Chambre', col => col.chamber || '—'],
    ['Date', col => col.date || '—'],
    ['Numéros', col => (col.caseNumbers || []).map(n => `${n.kind} ${n.value}`).join(', ') || '—'],
    ['Décision attaquée', col => col.lowerCourt.map(l => [l.court, l.city, l.date].filter(present).join(', ')).join(' ; ') || '—'],
    ['Issue', col => el('span', {class: 'outcome'}, label(col.outcome) || '—')],
    ['Parties', col => el('ul', {}, col.parties.map(p => el('li', {}, `${ROLES[p.role] || label(p.role)} : `, el('span', {class: 'party-name'}, p.name))))],
    ['Demandé', col => [amounts(col.claimed), el('strong', {class: 'total-claimed'}, euros.format(col.totalClaimed))]],
    ['Accordé', col => [amounts(col.granted), el('strong', {class: 'total-granted'}, euros.format(col.totalGranted))]],
  ];
  const head = el('tr', {}, el('th', {}), cols.map(col => el('th', {},
    el('a', {href: '#/ruling/' + encodeURIComponent(col.id)}, col.id))));
  const body = el('tbody', {});
  for (const [name, fn] of rows) {
    const cells = cols.map(col => el('td', {}, fn(col)));
    const differs = new Set(cells.map(cell => cell.textContent)).size > 1;
    body.append(el('tr', {class: differs ? 'differs' : null}, el('th', {}, name), cells));
  }
  append(document.getElementById('compare-table'), [el('thead', {}, head), body]);
  append(document.getElementById('provisions-table'), [
    el('thead', {}, el('tr', {}, el('th', {}, 'Texte'), cols.map(col => el('th', {}, col.id)))),
    el('tbody', {}, c.provisions.map(p => el('tr', {class: p.inAll ? 'in-all' : 'in-some'},
      el('th', {}, `${p.article} ${p.source || ''}`),
      cols.map(col => el('td', {class: p.citedBy.includes(col.id) ? 'cited' : 'absent'}, p.citedBy.includes(col.id) ? '✓' : '—')))))]);
}

// ---- wiring ----

function start() {
  document.getElementById('search-form').addEventListener('submit', event => {
    event.preventDefault();
    search(formParams());
  });
  document.getElementById('filters').addEventListener('submit', event => {
    event.preventDefault();
    search(formParams());
  });
  document.getElementById('clear-filters').addEventListener('click', () => {
    for (const input of document.querySelectorAll('#filters [data-param]')) input.value = '';
    search(formParams());
  });
  document.getElementById('compare-clear').addEventListener('click', () => {
    selected.clear();
    sessionStorage.removeItem('compare');
    document.querySelectorAll('input.select').forEach(box => { box.checked = false; });
    renderCompareBar();
  });
  document.getElementById('sheet').addEventListener('click', event => {
    const link = event.target.closest('a.to-text');
    if (!link) return;
    event.preventDefault();
    const target = document.getElementById(link.dataset.target);
    if (target) {
      target.scrollIntoView({block: 'center'});
      target.classList.add('flash');
      setTimeout(() => target.classList.remove('flash'), 1500);
    }
  });
  window.addEventListener('hashchange', route);
  route();
}

document.addEventListener('DOMContentLoaded', start);
