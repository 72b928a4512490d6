/*
 * Stemma web UI: stories, provenance graph, side-by-side passages, quote families, articles.
 * Runs against the REST API (served page) or against the JSON data block of a static report.
 * Every piece of article data is inserted with textContent / createTextNode / setAttribute on
 * non-URL attributes, never as HTML: article text is untrusted.
 */
(function () {
  'use strict';

  var PAGE = 20;
  var SVG_NS = 'http://www.w3.org/2000/svg';

  // ------------------------------------------------------------------ data sources

  function remoteSource() {
    function get(path) {
      return fetch('api/v1' + path, { headers: { Accept: 'application/json' } }).then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) { throw new Error((body && body.message) || ('HTTP ' + r.status)); }
          return body;
        });
      });
    }
    function q(params) {
      var parts = [];
      Object.keys(params).forEach(function (k) {
        if (params[k] !== undefined && params[k] !== null && params[k] !== '') {
          parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(params[k]));
        }
      });
      return parts.length ? '?' + parts.join('&') : '';
    }
    var e = encodeURIComponent;
    return {
      stories: function (p) { return get('/stories' + q(p)); },
      story: function (id, p) { return get('/stories/' + e(id) + q(p || {})); },
      storyLinks: function (id, p) { return get('/stories/' + e(id) + '/links' + q(p || {})); },
      article: function (id) { return get('/articles/' + e(id)); },
      links: function (id) { return get('/articles/' + e(id) + '/links'); },
      pair: function (a, b) { return get('/pairs/' + e(a) + '/' + e(b)); },
      quotes: function (p) { return get('/quotes' + q(p)); },
      search: function (p) { return get('/search' + q(p)); }
    };
  }

  /**
   * A page of a whole story (the static report's data) in the shape the API gives: the members
   * [offset, offset + limit) with their lineages and graph, and the whole story's size and
   * outlet-level graph.
   */
  function storyPage(s, offset, limit) {
    var slice = s.articles.slice(offset, offset + limit);
    var on = {};
    slice.forEach(function (a) { on[a.id] = true; });
    var edges = s.graph.edges.filter(function (e) { return on[e.copy]; });
    var keep = {};
    edges.forEach(function (e) { keep[e.source] = true; });
    return {
      id: s.id, title: s.title, start: s.start, end: s.end, outlets: s.outlets, size: s.articles.length,
      names: s.names || [], offset: offset, limit: limit, articles: slice,
      lineages: s.lineages.map(function (l) { return l.filter(function (id) { return on[id]; }); })
        .filter(function (l) { return l.length > 1; }),
      graph: { nodes: s.graph.nodes.filter(function (n) { return on[n.id] || keep[n.id]; }), edges: edges },
      outletGraph: outletGraphOf(s), linkCount: s.links.length
    };
  }

  /** The story's derivations between outlets (as the server's ViewBuilder.outletGraph). */
  function outletGraphOf(s) {
    var NONE = '(no outlet)', outletOf = {}, nodes = {}, order = [], edges = {}, edgeOrder = [];
    function node(name, external) {
      var key = (external ? 'external:' : '') + name;
      if (!nodes[key]) { nodes[key] = { outlet: name, articles: 0, external: external }; order.push(key); }
      return nodes[key];
    }
    s.graph.nodes.forEach(function (n) { if (!n.external) { outletOf[n.id] = n.outlet || NONE; } });
    s.articles.forEach(function (a) { node(outletOf[a.id] || a.outlet || NONE, false).articles++; });
    s.graph.edges.forEach(function (e) {
      if (e.directed === false) { return; } // which outlet took from which is undetermined
      var ext = e.source.indexOf('external:') === 0;
      var src = ext ? e.source.substring('external:'.length) : (outletOf[e.source] || NONE);
      node(src, ext);
      var copy = outletOf[e.copy] || NONE, key = src + '\u0000' + copy;
      if (!edges[key]) {
        edges[key] = { source: src, copy: copy, derivations: 0, copies: 0, partials: 0, rewrites: 0, uncredited: 0 };
        edgeOrder.push(key);
      }
      var x = edges[key];
      x.derivations++;
      if (e.kind === 'copy') { x.copies++; } else if (e.kind === 'partial') { x.partials++; } else if (e.kind === 'rewrite') { x.rewrites++; }
      if (!e.credited) { x.uncredited++; }
    });
    return { nodes: order.map(function (k) { return nodes[k]; }), edges: edgeOrder.map(function (k) { return edges[k]; }) };
  }

  function embeddedSource(data) {
    var articles = {};
    data.articles.forEach(function (a) { articles[a.id] = a; });
    var stories = {};
    data.stories.forEach(function (s) { stories[s.id] = s; });
    function summary(a) {
      return { id: a.id, outlet: a.outlet, title: a.title, published: a.published, url: a.url, chars: a.text.length };
    }
    function page(items, p) {
      var offset = Number(p.offset || 0), limit = Number(p.limit || PAGE);
      return { items: items.slice(offset, offset + limit), offset: offset, limit: limit, total: items.length };
    }
    function has(hay, q) { return (hay || '').toLowerCase().indexOf(q.toLowerCase()) >= 0; }
    function found(v, what) { return v ? Promise.resolve(v) : Promise.reject(new Error('no ' + what)); }
    return {
      stories: function (p) {
        var list = data.stories.filter(function (s) {
          return !p.q || has(s.title, p.q) || s.outlets.some(function (o) { return has(o, p.q); });
        }).map(function (s) {
          return { id: s.id, title: s.title, start: s.start, end: s.end, outlets: s.outlets, size: s.articles.length };
        });
        return Promise.resolve(page(list, p));
      },
      story: function (id, p) {
        var s = stories[id];
        if (!s) { return found(null, 'story ' + id); }
        return Promise.resolve(storyPage(s, Number(p.offset || 0), Number(p.limit || 100)));
      },
      storyLinks: function (id, p) {
        var s = stories[id];
        if (!s) { return found(null, 'story ' + id); }
        var byId = {};
        s.articles.forEach(function (a) { byId[a.id] = a; });
        return Promise.resolve(page(s.links.map(function (l) {
          return { a: byId[l.a] || { id: l.a }, b: byId[l.b] || { id: l.b }, kind: l.kind, coverageA: l.coverageA,
            coverageB: l.coverageB, passages: l.passages.length };
        }), p));
      },
      article: function (id) { return found(articles[id], 'article ' + id); },
      links: function (id) {
        return Promise.resolve(data.links.filter(function (l) { return l.a === id || l.b === id; }).map(function (l) {
          var other = articles[l.a === id ? l.b : l.a];
          return { other: other ? summary(other) : { id: l.a === id ? l.b : l.a }, link: l };
        }));
      },
      pair: function (a, b) {
        if (!articles[a] || !articles[b]) { return Promise.reject(new Error('no article ' + (articles[a] ? b : a))); }
        var link = data.links.filter(function (l) { return (l.a === a && l.b === b) || (l.a === b && l.b === a); })[0];
        return Promise.resolve({ a: articles[a], b: articles[b], link: link || null });
      },
      quotes: function (p) {
        var list = data.quotes.filter(function (f) {
          return !p.speaker || has(f.speaker, p.speaker) ||
            f.variants.some(function (v) { return has(v.speaker, p.speaker); });
        });
        return Promise.resolve(page(list, p));
      },
      search: function (p) {
        var list = data.articles.filter(function (a) { return p.q && (has(a.title, p.q) || has(a.text, p.q)); });
        return Promise.resolve(page(list.map(summary), p));
      }
    };
  }

  var dataBlock = document.getElementById('stemma-data');
  var source = dataBlock ? embeddedSource(JSON.parse(dataBlock.textContent)) : remoteSource();

  // ------------------------------------------------------------------ DOM helpers

  /** el('div', {class: 'x'}, child...) — children are nodes or strings (always text). */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (attrs[k] === undefined || attrs[k] === null) { return; }
        if (k === 'href') { node.setAttribute('href', safeHref(attrs[k])); } else { node.setAttribute(k, attrs[k]); }
      });
    }
    for (var i = 2; i < arguments.length; i++) { append(node, arguments[i]); }
    return node;
  }
  function append(node, child) {
    if (child === undefined || child === null) { return; }
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  /** Only in-app routes and http(s) URLs become links. */
  function safeHref(h) {
    h = String(h);
    if (h.charAt(0) === '#' || /^https?:\/\//i.test(h)) { return h; }
    return '#/';
  }
  function route(parts, params) {
    var h = '#/' + parts.map(encodeURIComponent).join('/');
    var qs = [];
    Object.keys(params || {}).forEach(function (k) {
      if (params[k] !== undefined && params[k] !== null && params[k] !== '') {
        qs.push(encodeURIComponent(k) + '=' + encodeURIComponent(params[k]));
      }
    });
    return qs.length ? h + '?' + qs.join('&') : h;
  }
  function fmtDate(d) { return d ? String(d).substring(0, 10) : '?'; }
  function pct(x) { return Math.round((x || 0) * 100) + '%'; }
  
  var main = document.getElementById('app');
  function show() {
    main.textContent = '';
    for (var i = 0; i < arguments.length; i++) { append(main, arguments[i]); }
  }
  function fail(err) { show(el('p', { class: 'error' }, 'Error: ' + (err && err.message ? err.message : String(err)))); }

  function pager(pageData, make) {
    var nav = el('nav', { class: 'pager' });
    var first = pageData.total === 0 ? 0 : pageData.offset + 1;
    var last = Math.min(pageData.total, pageData.offset + pageData.items.length);
    if (pageData.offset > 0) {
      nav.appendChild(el('a', { href: make(Math.max(0, pageData.offset - pageData.limit)) }, '« previous'));
    }
    nav.appendChild(el('span', null, ' ' + first + '–' + last + ' of ' + pageData.total + ' '));
    if (last < pageData.total) { nav.appendChild(el('a', { href: make(pageData.offset + pageData.limit) }, 'next »')); }
    return nav;
  }

  function searchForm(placeholder, value, go) {
    var input = el('input', { type: 'search', placeholder: placeholder, name: 'q' });
    input.value = value || '';
    var form = el('form', { class: 'search' }, input, el('button', { type: 'submit' }, 'Search'));
    form.addEventListener('submit', function (ev) { ev.preventDefault(); go(input.value); });
    return form;
  }

  // ------------------------------------------------------------------ marked text

  /**
   * Renders text with overlapping highlighted ranges: ranges are {start, end, cls, title}.
   * The text is cut at every range boundary; each piece is a text node inside a span.
   */
  function markedText(text, ranges) {
    var cuts = [0, text.length];
    ranges.forEach(function (r) {
      r.start = Math.max(0, Math.min(text.length, r.start));
      r.end = Math.max(r.start, Math.min(text.length, r.end));
      cuts.push(r.start, r.end);
    });
    cuts = cuts.filter(function (c, i, all) { return all.indexOf(c) === i; }).sort(function (x, y) { return x - y; });
    var box = el('div', { class: 'text' });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var s = cuts[i], e = cuts[i + 1];
      var piece = text.substring(s, e);
      var cover = ranges.filter(function (r) { return r.start <= s && e <= r.end && r.end > r.start; });
      if (!cover.length) { box.appendChild(document.createTextNode(piece)); continue; }
      var span = el('span', { class: cover.map(function (r) { return r.cls; }).join(' ') }, piece);
      var titles = cover.map(function (r) { return r.title; }).filter(Boolean);
      if (titles.length) { span.setAttribute('title', titles.join('; ')); }
      cover.forEach(function (r) { if (r.data) { span.setAttribute('data-' + r.data[0], r.data[1]); } });
      box.appendChild(span);
    }
    return box;
  }

  function quoteRanges(article) {
    return (article.quotes || []).map(function (q) {
      return { start: q.span[0], end: q.span[1], cls: 'quote quote-' + q.relation,
        title: 'quote (' + q.relation + ')' + (q.speaker ? ' by ' + q.speaker : ''), data: ['relation', q.relation] };
    });
  }

  // ------------------------------------------------------------------ views

  function storiesView(params) {
    var offset = Number(params.offset || 0);
    source.stories({ q: params.q, offset: offset, limit: PAGE }).then(function (page) {
      var rows = page.items.map(function (s) {
        return el('tr', null,
          el('td', null, el('a', { href: route(['story', s.id]), class: 'story-link' }, s.title || 'Untitled story'),
            (s.names && s.names.length) ? el('div', { class: 'story-names' }, s.names.join(' · ')) : null),
          el('td', null, (s.outlets || []).join(', ')),
          el('td', null, fmtDate(s.start) + (s.end && s.end !== s.start ? ' – ' + fmtDate(s.end) : '')),
          el('td', { class: 'num' }, s.size));
      });
      show(el('h1', null, 'Stories'),
        searchForm('Search stories (title words, outlets)', params.q, function (q) { location.hash = route(['stories'], { q: q }); }),
        rows.length ? el('table', { class: 'list', id: 'stories' },
          el('thead', null, el('tr', null, el('th', null, 'Story'), el('th', null, 'Outlets'), el('th', null, 'Dates'), el('th', null, 'Articles'))),
          el('tbody', null, rows)) : el('p', null, 'No stories.'),
        pager(page, function (o) { return route(['stories'], { q: params.q, offset: o }); }));
    }).catch(fail);
  }

  var MAX_ROW = 8;

  /**
   * Positions for a layered drawing: depth = longest derivation chain from a root (cycles cut),
   * each depth's nodes in rows of at most MAX_ROW, so a graph is never wider than a screen or two.
   */
  function layout(ids, edges, W, H) {
    var GX = 30, GY = 80, depth = {};
    ids.forEach(function (id) { depth[id] = 0; });
    for (var round = 0; round < ids.length; round++) {
      var changed = false;
      edges.forEach(function (e) {
        if (e.s !== e.c && depth[e.s] !== undefined && depth[e.c] !== undefined &&
            depth[e.c] < depth[e.s] + 1 && depth[e.s] + 1 < ids.length) {
          depth[e.c] = depth[e.s] + 1; changed = true;
        }
      });
      if (!changed) { break; }
    }
    var levels = [];
    ids.forEach(function (id) { (levels[depth[id]] = levels[depth[id]] || []).push(id); });
    var rows = [];
    levels.forEach(function (l) {
      if (!l) { return; }
      for (var i = 0; i < l.length; i += MAX_ROW) { rows.push(l.slice(i, i + MAX_ROW)); }
    });
    var widest = Math.max.apply(null, rows.map(function (r) { return r.length; }).concat([1]));
    var width = widest * (W + GX) + GX, pos = {};
    rows.forEach(function (r, y) {
      var offsetX = (width - r.length * (W + GX) + GX) / 2;
      r.forEach(function (id, i) { pos[id] = { x: offsetX + i * (W + GX), y: GY / 2 + y * (H + GY) }; });
    });
    return { pos: pos, width: width, height: rows.length * (H + GY) + GY / 2 };
  }

  function sv(tag, attrs, text) {
    var n = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    if (text !== undefined) { n.textContent = text; }
    return n;
  }

  function svgBox(width, height, id) {
    var svg = sv('svg', { class: 'graph', id: id, width: width, height: height, viewBox: '0 0 ' + width + ' ' + height });
    var defs = sv('defs', {});
    var marker = sv('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: '10', refY: '5', markerUnits: 'userSpaceOnUse', markerWidth: '14', markerHeight: '14', orient: 'auto-start-reverse' });
    marker.appendChild(sv('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrowhead' }));
    defs.appendChild(marker);
    svg.appendChild(defs);
    return svg;
  }

  /**
   * A line from box s to box c (W x H), with an arrowhead unless the direction is undetermined,
   * and its label at the first place along the line where it overlaps no other label and no box
   * ({@code placed}: the boxes taken so far, labels are added to it).
   */
  function arrow(g, s, c, W, H, text, directed, placed) {
    var x1 = s.x + W / 2, y1 = s.y + H, x2 = c.x + W / 2, y2 = c.y;
    if (c.y <= s.y) { y1 = s.y + H / 2; y2 = c.y + H / 2; x1 = s.x + W; x2 = c.x; }
    var line = { x1: x1, y1: y1, x2: x2, y2: y2 };
    if (directed !== false) { line['marker-end'] = 'url(#arrow)'; }
    g.appendChild(sv('line', line));
    if (!text) { return; }
    var w = text.length * 6.6 + 4, h = 15, spot = null;
    [0.5, 0.35, 0.65, 0.25, 0.75, 0.15, 0.85].some(function (t) {
      return [6, -w - 6, 6 - w / 2].some(function (dx) {
        return [0, -16, 16].some(function (dy) {
          var box = { x: x1 + (x2 - x1) * t + dx, y: y1 + (y2 - y1) * t - h + 4 + dy, w: w, h: h };
          if (placed.some(function (o) { return box.x < o.x + o.w && o.x < box.x + box.w && box.y < o.y + o.h && o.y < box.y + box.h; })) {
            return false;
          }
          spot = box;
          return true;
        });
      });
    });
    spot = spot || { x: (x1 + x2) / 2 + 6, y: (y1 + y2) / 2 - h + 4, w: w, h: h };
    placed.push(spot);
    g.appendChild(sv('text', { x: spot.x + 2, y: spot.y + h - 4, class: 'edge-label' }, text));
  }

  /** What names an article for a reader: its outlet, else its headline, never an internal id. */
  function who(a) { return a.outlet || (a.title ? trim(a.title, 40) : 'untitled article'); }
  function byWho(a) { return who(a) + ' · ' + fmtDate(a.published); }

  var KIND_WORDS = { copy: 'copy', partial: 'partial copy', rewrite: 'rewrite' };

  /** The panel of one derivation: who took from whom (or that the order is undetermined), how, and why. */
  function edgePanel(e, nodeOf) {
    var s = nodeOf[e.source] || { id: e.source }, c = nodeOf[e.copy] || { id: e.copy };
    var sName = s.external ? e.source.substring('external:'.length) + ' (outside the corpus)' : byWho(s);
    return el('div', { class: 'panel-edge' },
      el('h3', null, e.directed === false ? sName + ' — ' + byWho(c) : byWho(c) + ' took from ' + sName),
      el('p', { class: 'meta' }, (KIND_WORDS[e.kind] || e.kind) + ' · ' + (e.credited ? 'credited' : 'not credited') + ' · ' +
        (e.directed === false ? 'direction undetermined · ' : '') + 'probability ' + pct(e.confidence)),
      el('ul', { class: 'evidence' }, (e.evidence || []).map(function (t) { return el('li', null, t); })),
      e.source.indexOf('external:') === 0 ? null
        : el('p', null, el('a', { href: route(['pair', e.source, e.copy]), class: 'panel-pair' }, 'Compare the two texts side by side')));
  }

  /** The panel of one article: where its text came from and who took it, with the reasons. */
  function nodePanel(n, graph, nodeOf, select) {
    var into = graph.edges.filter(function (e) { return e.copy === n.id; });
    var out = graph.edges.filter(function (e) { return e.source === n.id; });
    return el('div', { class: 'panel-node' },
      el('h3', null, n.external ? n.outlet + ' (outside the corpus)' : byWho(n)),
      n.title ? el('p', { class: 'meta' }, n.title) : null,
      into.length ? into.map(function (e) { return edgePanel(e, nodeOf); })
        : el('p', null, n.external ? 'Named as a source by articles of this story.' : 'No source found in the corpus: an original here.'),
      out.length ? el('div', null, el('h4', null, 'Taken by'), el('ul', null, out.map(function (e) {
        var a = el('a', { href: '#', class: 'panel-copy' }, byWho(nodeOf[e.copy] || { id: e.copy }) + ' (' + (KIND_WORDS[e.kind] || e.kind) +
          (e.directed === false ? ', direction undetermined' : '') + ')');
        a.addEventListener('click', function (ev) { ev.preventDefault(); select('edge', e); });
        return el('li', null, a);
      }))) : null,
      n.external ? null : el('p', null, el('a', { href: route(['article', n.id]), class: 'panel-article' }, 'Open the article')));
  }

  /**
   * The article-level provenance graph with its evidence panel: one box per article, one line
   * per derivation (an arrow from source to copy; no arrowhead where the direction is
   * undetermined). Selecting a line or a box shows its reasons in the panel below.
   */
  function graphWithPanel(graph) {
    var panel = el('div', { class: 'evidence-panel', id: 'evidence-panel' },
      el('p', { class: 'meta' }, 'Select an arrow or an article to see why Stemma drew it.'));
    var nodeOf = {};
    graph.nodes.forEach(function (n) { nodeOf[n.id] = n; });
    var svg;
    function select(what, x) {
      Array.prototype.forEach.call(svg.querySelectorAll('.selected'), function (g) { g.classList.remove('selected'); });
      var target = Array.prototype.filter.call(svg.querySelectorAll(what === 'edge' ? 'g.edge' : 'g.node'), function (g) {
        return what === 'edge' ? g.getAttribute('data-source') === x.source && g.getAttribute('data-copy') === x.copy
          : g.getAttribute('data-id') === x.id;
      })[0];
      if (target) { target.classList.add('selected'); }
      panel.textContent = '';
      append(panel, what === 'edge' ? edgePanel(x, nodeOf) : nodePanel(x, graph, nodeOf, select));
    }
    svg = graphSvg(graph, select);
    return el('div', null, el('div', { class: 'graph-box' }, svg), panel);
  }

  /** The article-level provenance graph: one box per article, one line per derivation. */
  function graphSvg(graph, select) {
    var W = 190, H = 46;
    var L = layout(graph.nodes.map(function (n) { return n.id; }),
      graph.edges.map(function (e) { return { s: e.source, c: e.copy }; }), W, H);
    var pos = L.pos, svg = svgBox(L.width, L.height, 'graph');
    // Labels keep clear of the boxes and of each other.
    var placed = graph.nodes.map(function (n) { return { x: pos[n.id].x, y: pos[n.id].y, w: W, h: H }; });
    graph.edges.forEach(function (e) {
      var s = pos[e.source], c = pos[e.copy];
      if (!s || !c) { return; }
      var g = sv('g', { class: 'edge edge-' + e.kind + (e.credited ? ' credited' : ' uncredited') + (e.directed === false ? ' undirected' : '') });
      g.setAttribute('data-source', e.source);
      g.setAttribute('data-copy', e.copy);
      arrow(g, s, c, W, H, e.kind + (e.credited ? '' : ' · uncredited') + (e.directed === false ? ' · order unknown' : ''),
        e.directed, placed);
      g.appendChild(sv('title', {}, (KIND_WORDS[e.kind] || e.kind) + (e.credited ? ', credited' : ', uncredited') +
        (e.directed === false ? ', direction undetermined' : '') + ' (probability ' + pct(e.confidence) + '): select for the reasons'));
      g.addEventListener('click', function () { if (select) { select('edge', e); } });
      svg.appendChild(g);
    });
    graph.nodes.forEach(function (n) {
      var p = pos[n.id];
      var g = sv('g', { class: 'node' + (n.external ? ' external' : ''), transform: 'translate(' + p.x + ',' + p.y + ')' });
      g.setAttribute('data-id', n.id);
      g.appendChild(sv('rect', { width: W, height: H, rx: 6, ry: 6 }));
      g.appendChild(sv('text', { x: 8, y: 19, class: 'node-outlet' }, trim(who(n), 26)));
      g.appendChild(sv('text', { x: 8, y: 36, class: 'node-date' }, n.external ? 'outside the corpus' : fmtDate(n.published)));
      g.appendChild(sv('title', {}, n.title || who(n)));
      g.addEventListener('click', function () { if (select) { select('node', n); } });
      svg.appendChild(g);
    });
    return svg;
  }

  var MAX_OUTLETS = 24, MAX_EDGES = 40, LABELLED = 12, OTHERS = 'other outlets';

  /**
   * The outlet-level provenance graph of a big story: one box per outlet (the largest
   * MAX_OUTLETS, the rest in one box), one arrow per pair of outlets with how many derivations
   * run along it and how many are uncredited; derivations within one outlet are counted on its box.
   */
  function outletGraphSvg(og) {
    var W = 200, H = 50;
    var nodes = og.nodes.slice().sort(function (x, y) { return y.articles - x.articles; });
    var shown = {}, rest = { outlet: OTHERS, articles: 0, outlets: 0, external: false };
    function key(name, external) { return (external ? 'external:' : '') + name; }
    nodes.forEach(function (n, i) {
      if (i < MAX_OUTLETS) { shown[key(n.outlet, n.external)] = { outlet: n.outlet, articles: n.articles, external: n.external, within: 0 }; }
      else { rest.articles += n.articles; rest.outlets++; }
    });
    if (rest.outlets) { shown[key(OTHERS, false)] = { outlet: rest.outlet, articles: rest.articles, external: false, within: 0, outlets: rest.outlets }; }
    var externalNames = {};
    og.nodes.forEach(function (n) { if (n.external) { externalNames[n.outlet] = true; } });
    function find(name, external) { return shown[key(name, external)] ? key(name, external) : key(OTHERS, false); }
    var merged = {}, order = [];
    og.edges.forEach(function (e) {
      var s = find(e.source, !!externalNames[e.source] && !shown[key(e.source, false)]), c = find(e.copy, false);
      if (s === c) { shown[s].within += e.derivations; return; }
      var k = s + '\u0000' + c;
      if (!merged[k]) { merged[k] = { s: s, c: c, derivations: 0, copies: 0, partials: 0, rewrites: 0, uncredited: 0 }; order.push(k); }
      ['derivations', 'copies', 'partials', 'rewrites', 'uncredited'].forEach(function (f) { merged[k][f] += e[f]; });
    });
    // the strongest MAX_EDGES arrows, the strongest LABELLED of them with their count
    var edges = order.map(function (k) { return merged[k]; }).sort(function (x, y) { return y.derivations - x.derivations; });
    var hidden = Math.max(0, edges.length - MAX_EDGES);
    edges = edges.slice(0, MAX_EDGES);
    var L = layout(Object.keys(shown), edges, W, H);
    var pos = L.pos, svg = svgBox(L.width, L.height, 'outlet-graph');
    var placed = Object.keys(shown).map(function (k) { return { x: pos[k].x, y: pos[k].y, w: W, h: H }; });
    svg.setAttribute('data-hidden-edges', hidden);
    edges.forEach(function (e, i) {
      var kind = e.copies >= e.partials && e.copies >= e.rewrites ? 'copy' : e.partials >= e.rewrites ? 'partial' : 'rewrite';
      var g = sv('g', { class: 'edge edge-' + kind + (2 * e.uncredited > e.derivations ? ' uncredited' : ' credited') });
      g.setAttribute('data-source', shown[e.s].outlet);
      g.setAttribute('data-copy', shown[e.c].outlet);
      arrow(g, pos[e.s], pos[e.c], W, H, i < LABELLED ? String(e.derivations) : '', true, placed);
      g.firstChild.style.strokeWidth = Math.min(7, 1 + Math.log(e.derivations) / Math.LN2) + 'px'; // CSSOM: allowed by the CSP
      g.appendChild(sv('title', {}, shown[e.c].outlet + ' took from ' + shown[e.s].outlet + ': ' + e.derivations +
        ' article(s) (' + e.copies + ' copies, ' + e.partials + ' partial, ' + e.rewrites + ' rewrites), ' + e.uncredited + ' uncredited'));
      svg.appendChild(g);
    });
    Object.keys(shown).forEach(function (k) {
      var n = shown[k], p = pos[k];
      var g = sv('g', { class: 'node outlet' + (n.external ? ' external' : ''), transform: 'translate(' + p.x + ',' + p.y + ')' });
      g.setAttribute('data-outlet', n.outlet);
      g.appendChild(sv('rect', { width: W, height: H, rx: 6, ry: 6 }));
      g.appendChild(sv('text', { x: 8, y: 20, class: 'node-outlet' }, trim(n.outlet, 27)));
      g.appendChild(sv('text', { x: 8, y: 38, class: 'node-date' }, n.external ? 'outside the corpus'
        : n.articles + (n.articles === 1 ? ' article' : ' articles') + (n.outlets ? ' from ' + n.outlets + ' outlets' : '')));
      g.appendChild(sv('title', {}, n.outlet + (n.within ? ': ' + n.within + ' derivation(s) between its own articles' : '')));
      svg.appendChild(g);
    });
    return svg;
  }
  function outletGraphBox(og) {
    var svg = outletGraphSvg(og), hidden = Number(svg.getAttribute('data-hidden-edges'));
    return el('div', null, el('div', { class: 'graph-box' }, svg),
      el('p', { class: 'meta' }, 'Thicker arrows carry more articles; dashed red: most of them uncredited; hover an arrow for the counts.' +
        (hidden ? ' ' + hidden + ' weaker arrows between outlets are not drawn.' : '')));
  }
  function trim(s, n) { s = String(s); return s.length > n ? s.substring(0, n - 1) + '…' : s; }

  /** Members per page of a story; a story this small is drawn article by article. */
  var STORY_PAGE = 50;

  function storyView(id, params) {
    var offset = Number(params.offset || 0), linksOffset = Number(params.links || 0);
    Promise.all([source.story(id, { offset: offset, limit: STORY_PAGE }),
      source.storyLinks(id, { offset: linksOffset, limit: STORY_PAGE })]).then(function (res) {
      var s = res[0], links = res[1];
      var byId = {};
      s.articles.forEach(function (a) { byId[a.id] = a; });
      var whole = s.size <= STORY_PAGE;
      var outletCount = s.outletGraph.nodes.filter(function (n) { return !n.external && n.outlet !== '(no outlet)'; }).length;
      var articleRows = s.articles.map(function (a) {
        return el('tr', null, el('td', null, a.outlet || ''), el('td', null, fmtDate(a.published)),
          el('td', null, el('a', { href: route(['article', a.id]) }, a.title || 'untitled article')), el('td', { class: 'num' }, a.chars));
      });
      var linkRows = links.items.map(function (l) {
        return el('tr', null,
          el('td', null, el('a', { href: route(['pair', l.a.id, l.b.id]), class: 'pair-link', 'data-a': l.a.id, 'data-b': l.b.id },
            byWho(l.a) + ' ↔ ' + byWho(l.b))),
          el('td', null, l.kind), el('td', { class: 'num' }, pct(l.coverageA) + ' / ' + pct(l.coverageB)),
          el('td', { class: 'num' }, l.passages));
      });
      var here = function (o, lo) { return route(['story', s.id], { offset: o || undefined, links: lo || undefined }); };
      var outlets = s.outlets || [];
      show(el('h1', null, s.title || 'Untitled story'),
        (s.names && s.names.length) ? el('p', { class: 'story-names', id: 'story-names' }, s.names.join(' · ')) : null,
        el('p', { class: 'meta', id: 'story-meta' }, fmtDate(s.start) + ' – ' + fmtDate(s.end) + ' · ' + s.size + ' articles · ' +
          outletCount + (outletCount === 1 ? ' outlet' : ' outlets') + (outlets.length && outlets.length <= 8 ? ': ' + outlets.join(', ') : '')),
        el('h2', null, 'Provenance'),
        whole ? (s.graph.edges.length ? graphWithPanel(s.graph) : el('p', null, 'No derivation found between these articles.'))
          : el('div', null,
            el('p', { class: 'meta' }, 'Drawn by outlet: ' + s.size + ' articles from ' + outletCount + ' outlets. An arrow counts the articles one outlet took from another; ' +
              'open an article below for its own sources.'),
            s.outletGraph.edges.length ? outletGraphBox(s.outletGraph) : el('p', null, 'No derivation found between these articles.')),
        el('p', { class: 'legend' }, el('span', { class: 'lg copy' }, 'copy'), ' ', el('span', { class: 'lg partial' }, 'partial'), ' ',
          el('span', { class: 'lg rewrite' }, 'rewrite'), ' ', el('span', { class: 'lg uncredited' }, 'dashed red = uncredited'), ' ',
          el('span', { class: 'lg undirected' }, 'no arrowhead = direction undetermined')),
        el('h2', null, 'Articles'),
        el('table', { class: 'list', id: 'articles' }, el('thead', null, el('tr', null, el('th', null, 'Outlet'), el('th', null, 'Date'), el('th', null, 'Title'), el('th', null, 'Chars'))),
          el('tbody', null, articleRows)),
        whole ? null : pager({ offset: s.offset, limit: STORY_PAGE, total: s.size, items: s.articles }, function (o) { return here(o, linksOffset); }),
        el('h2', null, 'Links'),
        linkRows.length ? el('table', { class: 'list', id: 'links' }, el('thead', null, el('tr', null, el('th', null, 'Articles'), el('th', null, 'Kind'), el('th', null, 'Coverage'), el('th', null, 'Passages'))),
          el('tbody', null, linkRows)) : el('p', null, 'No links.'),
        links.total > links.items.length ? pager(links, function (lo) { return here(offset, lo); }) : null,
        s.lineages.length ? el('div', null, el('h2', null, whole ? 'Lineages' : 'Lineages of these articles'), el('ul', null, s.lineages.map(function (l) {
          return el('li', null, l.map(function (x) { return (byId[x] ? byWho(byId[x]) : 'an article on another page'); }).join(', '));
        }))) : null);
    }).catch(fail);
  }

  function flipLink(l) {
    return { a: l.b, b: l.a, kind: l.kind, coverageA: l.coverageB, coverageB: l.coverageA, passages: l.passages.map(function (p) {
      return { a: p.b, b: p.a, kind: p.kind, similarity: p.similarity, changedA: p.changedB, changedB: p.changedA,
        ops: p.ops ? p.ops.map(function (o) {
          var op = o.op === 'insert' ? 'delete' : o.op === 'delete' ? 'insert' : o.op;
          return { op: op, a: o.b, b: o.a, textA: o.textB, textB: o.textA };
        }) : p.ops };
    }) };
  }

  function wordCount(s) { return (s || '').split(/\s+/).filter(Boolean).length; }

  /** Words changed in a passage: per edit, the larger side. */
  function changedWords(p) {
    return (p.ops || []).reduce(function (n, o) {
      return o.op === 'equal' ? n : n + Math.max(wordCount(o.textA), wordCount(o.textB));
    }, 0);
  }

  /** How a passage reads to a reader: "edited copy, 14 words changed". */
  function passageSummary(p) {
    if (p.kind === 'paraphrase') { return 'paraphrase (' + pct(p.similarity) + ' similar in meaning)'; }
    if (p.kind === 'verbatim') { return 'copied word for word'; }
    var n = changedWords(p);
    return p.ops ? 'edited copy, ' + n + (n === 1 ? ' word' : ' words') + ' changed' : 'edited copy (' + pct(p.similarity) + ' of the words shared)';
  }

  /** The passage as one text, left version to right version: deleted words struck, added words marked. */
  function inlineDiff(p) {
    var box = el('div', { class: 'inline-diff' });
    p.ops.forEach(function (o, i) {
      if (i) { box.appendChild(document.createTextNode(' ')); }
      if (o.op === 'equal') { box.appendChild(document.createTextNode(o.textA)); return; }
      if (o.op === 'delete' || o.op === 'replace') { box.appendChild(el('del', { title: 'only on the left' }, o.textA)); }
      if (o.op === 'replace') { box.appendChild(document.createTextNode(' ')); }
      if (o.op === 'insert' || o.op === 'replace') { box.appendChild(el('ins', { title: 'only on the right' }, o.textB)); }
    });
    return box;
  }

  function regionList(link, left, right) {
    return el('section', { class: 'regions', id: 'regions' }, el('h2', null, 'Shared passages, left to right'),
      link.passages.map(function (p, i) {
        return el('div', { class: 'region region-' + p.kind, 'data-passage': String(i + 1) },
          el('h3', null, 'Passage ' + (i + 1) + ': ' + passageSummary(p)),
          p.ops && p.kind !== 'verbatim' ? inlineDiff(p)
            : el('div', { class: 'inline-diff' }, (left.text || '').substring(p.a[0], p.a[1])),
          p.kind === 'paraphrase' ? el('div', { class: 'inline-diff other' }, (right.text || '').substring(p.b[0], p.b[1])) : null);
      }));
  }

  function furnitureBox(article) {
    var f = article.furniture || [];
    return f.length ? el('details', { class: 'furniture' }, el('summary', null, 'Site furniture set aside (' + f.length + (f.length === 1 ? ' line' : ' lines') + ')'),
      f.map(function (r) { return el('p', null, r); })) : null;
  }

  function pairView(a, b) {
    source.pair(a, b).then(function (pv) {
      var link = pv.link && pv.link.a !== pv.a.id ? flipLink(pv.link) : pv.link;
      function column(article, side) {
        var ranges = quoteRanges(article);
        if (link) {
          link.passages.forEach(function (p, i) {
            var span = side === 'a' ? p.a : p.b;
            ranges.push({ start: span[0], end: span[1], cls: 'passage passage-' + p.kind,
              title: 'passage ' + (i + 1) + ': ' + passageSummary(p), data: ['passage', String(i + 1)] });
            (side === 'a' ? p.changedA : p.changedB).forEach(function (c) {
              ranges.push({ start: c[0], end: c[1], cls: side === 'a' ? 'changed del' : 'changed ins',
                title: 'only in this version' });
            });
          });
        }
        return el('section', { class: 'side', id: 'side-' + side },
          el('h2', null, el('a', { href: route(['article', article.id]) }, who(article))),
          el('p', { class: 'meta' }, fmtDate(article.published) + ' · ' + (article.title || '')),
          markedText(article.text, ranges), furnitureBox(article));
      }
      var words = link ? link.passages.reduce(function (n, p) { return n + changedWords(p); }, 0) : 0;
      show(el('h1', null, 'Side by side'),
        link ? el('p', { class: 'meta' }, link.kind + ' · ' + link.passages.length + (link.passages.length === 1 ? ' shared passage' : ' shared passages') +
          (words ? ', ' + words + ' words changed' : '') + ' · covers ' + pct(link.coverageA) + ' of the left, ' + pct(link.coverageB) + ' of the right')
          : el('p', { class: 'meta' }, 'These articles are not linked.'),
        el('p', { class: 'legend' }, el('span', { class: 'passage passage-verbatim' }, 'verbatim'), ' ', el('span', { class: 'passage passage-edited' }, 'edited'), ' ',
          el('span', { class: 'passage passage-paraphrase' }, 'paraphrase'), ' ', el('span', { class: 'changed del' }, 'words only on the left'), ' ',
          el('span', { class: 'changed ins' }, 'words only on the right'), ' ', el('span', { class: 'quote quote-altered' }, 'altered quote')),
        el('div', { class: 'pair' }, column(pv.a, 'a'), column(pv.b, 'b')),
        link && link.passages.length ? regionList(link, pv.a, pv.b) : null);
    }).catch(fail);
  }

  function articleView(id) {
    Promise.all([source.article(id), source.links(id)]).then(function (res) {
      var a = res[0], links = res[1];
      var url = a.url && /^https?:\/\//i.test(a.url) ? el('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, a.url) : (a.url || null);
      show(el('h1', null, a.title || 'Untitled article'),
        el('p', { class: 'meta' }, (a.outlet || '') + ' · ' + fmtDate(a.published) + (a.author ? ' · ' + a.author : '')),
        url ? el('p', { class: 'meta' }, url) : null,
        a.story ? el('p', null, el('a', { href: route(['story', a.story]) }, 'Story of this article')) : null,
        markedText(a.text, quoteRanges(a)),
        el('details', { class: 'removed', id: 'removed' }, el('summary', null, 'Removed page furniture (' + a.removedChars + ' characters, ' + a.removed.length + ' blocks)'),
          a.removed.map(function (r) { return el('pre', null, r); })),
        a.related.length ? el('div', null, el('h2', null, 'Related headlines on the page'), el('ul', null, a.related.map(function (r) { return el('li', null, r); }))) : null,
        el('h2', null, 'Links'),
        links.length ? el('ul', null, links.map(function (x) {
          return el('li', null, el('a', { href: route(['pair', a.id, x.other.id]) }, byWho(x.other) + ' — ' + x.link.kind + ', ' + x.link.passages.length + ' passages'));
        })) : el('p', null, 'No links.'));
    }).catch(fail);
  }

  function diffNode(diff) {
    return el('span', { class: 'diff' }, diff.map(function (d, i) {
      return [i ? ' ' : '', d.op === 'equal' ? d.text : el(d.op === 'insert' ? 'ins' : 'del', null, d.text)];
    }));
  }

  // The speaker a reader would name, with the article's own words beside it: Alou Boi Diarra ("he stated").
  function speakerText(v) {
    var written = [v.speakerAsWritten, v.cue].filter(Boolean).join(' ');
    if (!v.speaker) { return written ? '“' + written + '” (not resolved)' : 'no speaker named'; }
    if (!written) { return v.speaker + ' (from context: no attribution beside the quote)'; }
    return v.speaker + (written !== v.speaker ? ' (“' + written + '”)' : '');
  }

  function quotesView(params) {
    var offset = Number(params.offset || 0);
    source.quotes({ speaker: params.speaker, offset: offset, limit: PAGE }).then(function (page) {
      show(el('h1', null, 'Quotations'),
        searchForm('Speaker', params.speaker, function (s) { location.hash = route(['quotes'], { speaker: s }); }),
        page.items.length ? page.items.map(function (f) {
          return el('section', { class: 'family', 'data-family': f.id },
            el('h2', null, (f.speaker || 'Unknown speaker') + ': “' + trim(f.wording || '', 140) + '”'),
            el('table', { class: 'list' }, el('thead', null, el('tr', null, el('th', null, 'Article'), el('th', null, 'Relation'), el('th', null, 'Speaker (as written)'), el('th', null, 'Difference from the wording'))),
              el('tbody', null, f.variants.map(function (v) {
                return el('tr', { class: 'variant variant-' + v.relation },
                  el('td', null, el('a', { href: route(['article', v.article]) }, byWho(v))),
                  el('td', null, el('span', { class: 'badge ' + v.relation }, v.relation)),
                  el('td', { class: 'speaker' }, speakerText(v)),
                  el('td', null, diffNode(v.diff)));
              }))));
        }) : el('p', null, 'No quotations.'),
        pager(page, function (o) { return route(['quotes'], { speaker: params.speaker, offset: o }); }));
    }).catch(fail);
  }

  function searchView(params) {
    var offset = Number(params.offset || 0);
    var form = searchForm('Search article text', params.q, function (q) { location.hash = route(['search'], { q: q }); });
    if (!params.q) { show(el('h1', null, 'Search articles'), form); return; }
    source.search({ q: params.q, offset: offset, limit: PAGE }).then(function (page) {
      show(el('h1', null, 'Search articles'), form,
        el('ul', { class: 'results' }, page.items.map(function (a) {
          return el('li', null, el('a', { href: route(['article', a.id]) }, a.title || 'Untitled article'), ' — ' + (a.outlet || '') + ' · ' + fmtDate(a.published));
        })),
        pager(page, function (o) { return route(['search'], { q: params.q, offset: o }); }));
    }).catch(fail);
  }

  // ------------------------------------------------------------------ router

  function dispatch() {
    var hash = location.hash.replace(/^#\/?/, '');
    var qi = hash.indexOf('?');
    var path = (qi >= 0 ? hash.substring(0, qi) : hash).split('/').filter(Boolean).map(decodeURIComponent);
    var params = {};
    if (qi >= 0) {
      hash.substring(qi + 1).split('&').forEach(function (kv) {
        var i = kv.indexOf('=');
        if (i > 0) { params[decodeURIComponent(kv.substring(0, i))] = decodeURIComponent(kv.substring(i + 1).replace(/\+/g, ' ')); }
      });
    }
    document.body.setAttribute('data-view', path[0] || 'stories');
    switch (path[0]) {
      case 'story': return storyView(path[1], params);
      case 'pair': return pairView(path[1], path[2]);
      case 'article': return articleView(path[1]);
      case 'quotes': return quotesView(params);
      case 'search': return searchView(params);
      default: return storiesView(params);
    }
  }
  window.addEventListener('hashchange', dispatch);
  dispatch();
})();
