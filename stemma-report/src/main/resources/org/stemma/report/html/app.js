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
      story: function (id) { return get('/stories/' + e(id)); },
      article: function (id) { return get('/articles/' + e(id)); },
      links: function (id) { return get('/articles/' + e(id) + '/links'); },
      pair: function (a, b) { return get('/pairs/' + e(a) + '/' + e(b)); },
      quotes: function (p) { return get('/quotes' + q(p)); },
      search: function (p) { return get('/search' + q(p)); }
    };
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
      story: function (id) { return found(stories[id], 'story ' + id); },
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
  function label(a) { return (a.outlet || a.id) + ' · ' + fmtDate(a.published); }

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
          el('td', null, el('a', { href: route(['story', s.id]), class: 'story-link' }, s.title || s.id)),
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

  /** Lays the provenance graph out as a tree: depth = longest derivation chain from a root. */
  function graphSvg(graph) {
    var depth = {};
    graph.nodes.forEach(function (n) { depth[n.id] = 0; });
    for (var round = 0; round < graph.nodes.length; round++) {
      var changed = false;
      graph.edges.forEach(function (e) {
        if (depth[e.copy] < depth[e.source] + 1 && depth[e.source] + 1 < graph.nodes.length) {
          depth[e.copy] = depth[e.source] + 1; changed = true;
        }
      });
      if (!changed) { break; }
    }
    var levels = [];
    graph.nodes.forEach(function (n) { (levels[depth[n.id]] = levels[depth[n.id]] || []).push(n); });
    var W = 190, H = 46, GX = 30, GY = 80;
    var width = Math.max.apply(null, levels.map(function (l) { return l ? l.length : 0; }).concat([1])) * (W + GX) + GX;
    var height = levels.length * (H + GY) + GY / 2;
    var pos = {};
    levels.forEach(function (l, d) {
      if (!l) { return; }
      var offsetX = (width - l.length * (W + GX) + GX) / 2;
      l.forEach(function (n, i) { pos[n.id] = { x: offsetX + i * (W + GX), y: GY / 2 + d * (H + GY) }; });
    });
    var svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', 'graph');
    svg.setAttribute('id', 'graph');
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    function sv(tag, attrs, text) {
      var n = document.createElementNS(SVG_NS, tag);
      Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
      if (text !== undefined) { n.textContent = text; }
      return n;
    }
    var defs = sv('defs', {});
    var marker = sv('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: '10', refY: '5', markerWidth: '8', markerHeight: '8', orient: 'auto-start-reverse' });
    marker.appendChild(sv('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrowhead' }));
    defs.appendChild(marker);
    svg.appendChild(defs);
    graph.edges.forEach(function (e) {
      var s = pos[e.source], c = pos[e.copy];
      if (!s || !c) { return; }
      var x1 = s.x + W / 2, y1 = s.y + H, x2 = c.x + W / 2, y2 = c.y;
      if (c.y <= s.y) { y1 = s.y + H / 2; y2 = c.y + H / 2; x1 = s.x + W; x2 = c.x; }
      var g = sv('g', { class: 'edge edge-' + e.kind + (e.credited ? ' credited' : ' uncredited') });
      g.setAttribute('data-source', e.source);
      g.setAttribute('data-copy', e.copy);
      g.appendChild(sv('line', { x1: x1, y1: y1, x2: x2, y2: y2, 'marker-end': 'url(#arrow)' }));
      var lx = (x1 + x2) / 2 + 6, ly = (y1 + y2) / 2;
      g.appendChild(sv('text', { x: lx, y: ly, class: 'edge-label' }, e.kind + (e.credited ? '' : ' · uncredited')));
      var title = sv('title', {}, e.kind + (e.credited ? ', credited' : ', uncredited') +
        ' (confidence ' + pct(e.confidence) + ')' + (e.evidence && e.evidence.length ? ': ' + e.evidence.join('; ') : ''));
      g.appendChild(title);
      g.addEventListener('click', function () {
        if (pos[e.source] && pos[e.copy] && e.source.indexOf('external:') !== 0) { location.hash = route(['pair', e.source, e.copy]); }
      });
      svg.appendChild(g);
    });
    graph.nodes.forEach(function (n) {
      var p = pos[n.id];
      var g = sv('g', { class: 'node' + (n.external ? ' external' : ''), transform: 'translate(' + p.x + ',' + p.y + ')' });
      g.setAttribute('data-id', n.id);
      g.appendChild(sv('rect', { width: W, height: H, rx: 6, ry: 6 }));
      g.appendChild(sv('text', { x: 8, y: 19, class: 'node-outlet' }, trim(n.outlet || n.id, 26)));
      g.appendChild(sv('text', { x: 8, y: 36, class: 'node-date' }, n.external ? 'outside the corpus' : fmtDate(n.published)));
      g.appendChild(sv('title', {}, (n.title || n.id)));
      if (!n.external) {
        g.addEventListener('click', function () { location.hash = route(['article', n.id]); });
      }
      svg.appendChild(g);
    });
    return svg;
  }
  function trim(s, n) { s = String(s); return s.length > n ? s.substring(0, n - 1) + '…' : s; }

  function storyView(id) {
    source.story(id).then(function (s) {
      var byId = {};
      s.articles.forEach(function (a) { byId[a.id] = a; });
      var articleRows = s.articles.map(function (a) {
        return el('tr', null, el('td', null, a.outlet || ''), el('td', null, fmtDate(a.published)),
          el('td', null, el('a', { href: route(['article', a.id]) }, a.title || a.id)), el('td', { class: 'num' }, a.chars));
      });
      var linkRows = s.links.map(function (l) {
        var a = byId[l.a] || { id: l.a }, b = byId[l.b] || { id: l.b };
        return el('tr', null,
          el('td', null, el('a', { href: route(['pair', l.a, l.b]), class: 'pair-link', 'data-a': l.a, 'data-b': l.b },
            label(a) + ' ↔ ' + label(b))),
          el('td', null, l.kind), el('td', { class: 'num' }, pct(l.coverageA) + ' / ' + pct(l.coverageB)),
          el('td', { class: 'num' }, l.passages.length));
      });
      show(el('h1', null, s.title || s.id),
        el('p', { class: 'meta' }, fmtDate(s.start) + ' – ' + fmtDate(s.end) + ' · ' + s.articles.length + ' articles · ' + (s.outlets || []).join(', ')),
        el('h2', null, 'Provenance'),
        s.graph.edges.length ? el('div', { class: 'graph-box' }, graphSvg(s.graph)) : el('p', null, 'No derivation found between these articles.'),
        el('p', { class: 'legend' }, el('span', { class: 'lg copy' }, 'copy'), ' ', el('span', { class: 'lg partial' }, 'partial'), ' ',
          el('span', { class: 'lg rewrite' }, 'rewrite'), ' ', el('span', { class: 'lg uncredited' }, 'dashed red = uncredited')),
        el('h2', null, 'Articles'),
        el('table', { class: 'list' }, el('thead', null, el('tr', null, el('th', null, 'Outlet'), el('th', null, 'Date'), el('th', null, 'Title'), el('th', null, 'Chars'))),
          el('tbody', null, articleRows)),
        el('h2', null, 'Links'),
        linkRows.length ? el('table', { class: 'list', id: 'links' }, el('thead', null, el('tr', null, el('th', null, 'Articles'), el('th', null, 'Kind'), el('th', null, 'Coverage'), el('th', null, 'Passages'))),
          el('tbody', null, linkRows)) : el('p', null, 'No links.'),
        s.lineages.length ? el('div', null, el('h2', null, 'Lineages'), el('ul', null, s.lineages.map(function (l) {
          return el('li', null, l.map(function (id) { return (byId[id] ? label(byId[id]) : id); }).join(', '));
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
          el('h2', null, el('a', { href: route(['article', article.id]) }, article.outlet || article.id)),
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
      show(el('h1', null, a.title || a.id),
        el('p', { class: 'meta' }, (a.outlet || '') + ' · ' + fmtDate(a.published) + (a.author ? ' · ' + a.author : '') + ' · id ' + a.id),
        url ? el('p', { class: 'meta' }, url) : null,
        a.story ? el('p', null, el('a', { href: route(['story', a.story]) }, 'Story of this article')) : null,
        markedText(a.text, quoteRanges(a)),
        el('details', { class: 'removed', id: 'removed' }, el('summary', null, 'Removed page furniture (' + a.removedChars + ' characters, ' + a.removed.length + ' blocks)'),
          a.removed.map(function (r) { return el('pre', null, r); })),
        a.related.length ? el('div', null, el('h2', null, 'Related headlines on the page'), el('ul', null, a.related.map(function (r) { return el('li', null, r); }))) : null,
        el('h2', null, 'Links'),
        links.length ? el('ul', null, links.map(function (x) {
          return el('li', null, el('a', { href: route(['pair', a.id, x.other.id]) }, label(x.other) + ' — ' + x.link.kind + ', ' + x.link.passages.length + ' passages'));
        })) : el('p', null, 'No links.'));
    }).catch(fail);
  }

  function diffNode(diff) {
    return el('span', { class: 'diff' }, diff.map(function (d, i) {
      return [i ? ' ' : '', d.op === 'equal' ? d.text : el(d.op === 'insert' ? 'ins' : 'del', null, d.text)];
    }));
  }

  function quotesView(params) {
    var offset = Number(params.offset || 0);
    source.quotes({ speaker: params.speaker, offset: offset, limit: PAGE }).then(function (page) {
      show(el('h1', null, 'Quotations'),
        searchForm('Speaker', params.speaker, function (s) { location.hash = route(['quotes'], { speaker: s }); }),
        page.items.length ? page.items.map(function (f) {
          return el('section', { class: 'family', 'data-family': f.id },
            el('h2', null, (f.speaker || 'Unknown speaker') + ': “' + trim(f.wording || '', 140) + '”'),
            el('table', { class: 'list' }, el('thead', null, el('tr', null, el('th', null, 'Article'), el('th', null, 'Relation'), el('th', null, 'As written'), el('th', null, 'Difference from the wording'))),
              el('tbody', null, f.variants.map(function (v) {
                return el('tr', { class: 'variant variant-' + v.relation },
                  el('td', null, el('a', { href: route(['article', v.article]) }, (v.outlet || v.article) + ' · ' + fmtDate(v.published))),
                  el('td', null, el('span', { class: 'badge ' + v.relation }, v.relation)),
                  el('td', null, (v.speakerAsWritten || '') + (v.cue ? ' (' + v.cue + ')' : '')),
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
          return el('li', null, el('a', { href: route(['article', a.id]) }, a.title || a.id), ' — ' + (a.outlet || '') + ' · ' + fmtDate(a.published));
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
      case 'story': return storyView(path[1]);
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
