// Triangulate's analyst UI: one script, no framework, no build step. It renders a report (embedded in the page
// for the one-file HTML report, or fetched from the HTTP API when served). Article text is untrusted: every
// string goes into the page through textContent or attribute setters, never as HTML.
(function () {
  'use strict';

  // Served, the page fetches the list of stories, then the part of the report one story or one document shows
  // (/api/report?story= or ?document=, without texts and mentions): a store may hold thousands of stories. A
  // document's text is fetched when it is opened, and kept in `fullDoc`. `loaded` names the part in hand and
  // `complete` the documents whose claims it holds all of (it holds some claims of others: a group's other sources).
  var state = { report: null, api: null, token: null, byClaim: {}, byDoc: {}, byEntity: {}, groupOf: {}, claimsOf: {}, byKey: {}, fullDoc: {}, storyList: null, loaded: null, complete: null };

  // ---- DOM helpers: elements are built, never parsed from strings -------------------------------------
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') node.textContent = String(v);
        else if (k === 'onclick') node.addEventListener('click', v);
        else if (k === 'class') node.className = v;
        else if (k === 'href') node.setAttribute('href', safeHref(String(v)));
        else node.setAttribute(k, String(v));
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }
  // Only in-page links and http(s) URLs; anything else (javascript:, data:) becomes inert.
  function safeHref(h) {
    if (h.charAt(0) === '#') return h;
    return /^https?:\/\//i.test(h) ? h : '#';
  }
  var SVG = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, children) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = String(attrs[k]);
      else node.setAttribute(k, String(attrs[k]));
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function fmt(x) { return x === null || x === undefined ? '…' : Number(x).toLocaleString('en-US'); }

  // ---- data ----------------------------------------------------------------------------------------------
  function index(report) {
    state.report = report;
    state.byClaim = {}; state.byDoc = {}; state.byEntity = {}; state.groupOf = {}; state.claimsOf = {};
    // (Each document's claims found once: "All documents" of a store lists thousands of documents.)
    state.byKey = {};
    report.claims.forEach(function (c) { state.byClaim[c.id] = c; if (!state.byKey[c.key || c.id]) state.byKey[c.key || c.id] = c; (state.claimsOf[c.document] = state.claimsOf[c.document] || []).push(c); });
    report.documents.forEach(function (d) { state.byDoc[d.id] = d; });
    report.entities.forEach(function (e) { state.byEntity[e.id] = e; });
    report.groups.forEach(function (g) { g.claims.forEach(function (id) { state.groupOf[id] = g; }); });
  }
  // The stories of the report, after an "All documents" view that spans them (a developing story often comes
  // out as several stories, one per event).
  // (Made once per list of stories, or per report without the API: a store's union spans thousands of documents,
  // and every view asks for it.)
  var storiesMade = { list: null, report: null, value: null };
  function stories() {
    var list = state.api ? state.storyList : state.report.stories;
    if (storiesMade.value && storiesMade.list === list && (state.api || storiesMade.report === state.report)) return storiesMade.value;
    storiesMade = { list: list, report: state.report, value: storiesFrom(list) };
    return storiesMade.value;
  }
  function storiesFrom(list) {
    var ids = state.api ? [] : state.report.documents.map(function (d) { return d.id; });
    if (state.api) {
      var seen = {};
      list.forEach(function (s) { s.documents.forEach(function (id) { if (!seen[id]) { seen[id] = true; ids.push(id); } }); });
    }
    var all = { id: 'all', title: 'All documents', documents: ids };
    if (list && list.length) return list.length > 1 ? [all].concat(list) : list;
    return [all];
  }
  function storyOf(id) {
    return stories().filter(function (s) { return s.id === id; })[0] || stories()[0];
  }
  function sourceName(a) { var e = state.byEntity[a.source]; return e ? e.name : a.source; }
  function quantityText(c) {
    var q = c.quantity;
    if (!q) return c.time && c.time.value ? c.time.value : '?';
    if (q.low === null && q.high === null) return q.vague || '?';
    var v = q.low !== null && q.high === null ? '> ' + fmt(q.low) : q.low === null ? '≤ ' + fmt(q.high) : q.low === q.high ? fmt(q.low) : fmt(q.low) + '–' + fmt(q.high);
    return (q.approximate ? '~' : '') + v;
  }

  // ---- views ---------------------------------------------------------------------------------------------
  var main;
  function render() {
    var hash = location.hash.replace(/^#\/?/, '');
    var parts = hash.split('/').map(decodeURIComponent);
    clear(main);
    if (state.api && !state.storyList) return; // (load() renders once the stories are in)
    if (parts[0] === 'story') {
      var s = storyOf(parts[1]);
      if (state.api && !holds(s.id === 'all' ? 'all' : 'story=' + encodeURIComponent(s.id))) return;
      return storyView(s);
    }
    if (parts[0] === 'doc') {
      if (state.api && !(state.complete === 'all' || (state.complete && state.complete[parts[1]])) && !holds('document=' + encodeURIComponent(parts[1]))) return;
      return docView(parts[1], parts[2]);
    }
    if (parts[0] === 'search') return searchView(parts.slice(1).join('/'));
    return listView();
  }

  function listView() {
    main.appendChild(el('h2', { text: 'Stories' }));
    var ul = el('ul', { class: 'stories' });
    stories().forEach(function (s) {
      ul.appendChild(el('li', null, [el('a', { href: '#/story/' + encodeURIComponent(s.id), text: s.title, 'data-story': s.id }), ' ', el('span', { class: 'muted', text: s.documents.length + ' documents' })]));
    });
    main.appendChild(ul);
  }

  function inStory(s) {
    var docs = {};
    s.documents.forEach(function (id) { docs[id] = true; });
    return docs;
  }

  function storyView(s) {
    var docs = inStory(s);
    var r = state.report;
    main.appendChild(el('h2', { text: s.title }));
    var groups = r.groups.filter(function (g) { return g.claims.some(function (id) { return state.byClaim[id] && docs[state.byClaim[id].document]; }); });
    figuresSection(groups.filter(function (g) { return g.kind === 'quantity'; }));
    var contra = r.contradictions.filter(function (x) { return x.claims.some(function (id) { return state.byClaim[id] && docs[state.byClaim[id].document]; }); });
    main.appendChild(el('h3', { text: 'Contradictions (' + contra.length + ')' }));
    var cl = el('ul', { class: 'contradictions' });
    contra.forEach(function (x) {
      cl.appendChild(el('li', null, [x.explanation + ' '].concat(x.claims.map(function (id) { return claimLink(id); }))));
    });
    if (!contra.length) cl.appendChild(el('li', { class: 'muted', text: 'None found.' }));
    main.appendChild(cl);
    timelineSection(r.timeline.filter(function (t) { return t.claims.some(function (id) { return state.byClaim[id] && docs[state.byClaim[id].document]; }); }));
    sourcesSection(s, groups);
  }

  function claimLink(id) {
    var c = state.byClaim[id];
    if (!c) return el('span', { text: id });
    return el('a', { href: '#/doc/' + encodeURIComponent(c.document) + '/' + encodeURIComponent(c.id), class: 'claim', 'data-claim': c.id, title: c.description, text: quantityText(c) + ' (' + c.document + ')' });
  }

  function figuresSection(groups) {
    main.appendChild(el('h3', { text: 'Key figures' }));
    if (!groups.length) { main.appendChild(el('p', { class: 'muted', text: 'No figure is stated by more than one claim.' })); return; }
    var table = el('table', { class: 'figures' }, [el('thead', null, [el('tr', null, ['Figure', 'Consensus', 'Verdict', 'Independent sources', 'Per source'].map(function (h) { return el('th', { text: h }); }))])]);
    var body = el('tbody');
    groups.forEach(function (g) {
      var c = g.consensus || {};
      var cons = c.low === c.high ? fmt(c.low) : fmt(c.low) + '–' + fmt(c.high);
      var per = el('div', { class: 'per-source' });
      g.claims.forEach(function (id) { per.appendChild(claimLink(id)); per.appendChild(document.createTextNode(' ')); });
      body.appendChild(el('tr', { 'data-group': g.id }, [
        el('td', null, [g.description, reviewBadge(g.reviews), reviewButtons('group', g)]),
        el('td', { text: cons }),
        el('td', { class: 'verdict ' + g.verdict, text: g.verdict + (g.note ? ': ' + g.note : '') }),
        el('td', { text: String(g.independentSources) }),
        el('td', null, [rangeChart(g), per]),
      ]));
    });
    table.appendChild(body);
    main.appendChild(table);
  }

  // Per-source values drawn against the consensus range.
  function rangeChart(g) {
    var claims = g.claims.map(function (id) { return state.byClaim[id]; }).filter(function (c) { return c && c.quantity; });
    var vals = [];
    claims.forEach(function (c) { [c.quantity.low, c.quantity.high].forEach(function (v) { if (v !== null) vals.push(v); }); });
    var cons = g.consensus || {};
    if (cons.low !== null && cons.low !== undefined) vals.push(cons.low);
    if (cons.high !== null && cons.high !== undefined) vals.push(cons.high);
    if (!vals.length) return null;
    var lo = Math.min.apply(null, vals), hi = Math.max.apply(null, vals);
    var pad = (hi - lo) * 0.15 || Math.abs(hi) * 0.1 || 1;
    lo -= pad; hi += pad;
    var W = 260, row = 14, H = 18 + claims.length * row;
    var x = function (v) { return 10 + ((v - lo) / (hi - lo)) * (W - 20); };
    var kids = [];
    if (cons.low !== null && cons.low !== undefined) {
      var ch = cons.high === null || cons.high === undefined ? hi : cons.high;
      kids.push(svg('rect', { x: x(cons.low), y: 2, width: Math.max(2, x(ch) - x(cons.low)), height: H - 4, class: 'consensus' }));
    }
    claims.forEach(function (c, i) {
      var y = 12 + i * row;
      var a = c.quantity.low !== null ? c.quantity.low : lo, b = c.quantity.high !== null ? c.quantity.high : hi;
      kids.push(svg('line', { x1: x(a), x2: Math.max(x(b), x(a) + 1), y1: y, y2: y, class: c.quantity.approximate ? 'value approx' : 'value' }));
      kids.push(svg('circle', { cx: x(a), cy: y, r: 3, class: 'dot' }, [svg('title', { text: quantityText(c) + ' — ' + c.document })]));
    });
    return svg('svg', { width: W, height: H, class: 'range', role: 'img' }, kids);
  }

  function timelineSection(entries) {
    main.appendChild(el('h3', { text: 'Timeline' }));
    if (!entries.length) { main.appendChild(el('p', { class: 'muted', text: 'No dated events.' })); return; }
    var days = function (s) { return Date.parse(String(s).slice(0, 10)) / 864e5; };
    var placed = entries.filter(function (t) { return t.time.start && !isNaN(days(t.time.start)); });
    if (placed.length) {
      var lo = Math.min.apply(null, placed.map(function (t) { return days(t.time.start); }));
      var hi = Math.max.apply(null, placed.map(function (t) { return days(t.time.end || t.time.start); }));
      if (hi === lo) hi = lo + 1;
      var W = 640, H = 24 + placed.length * 16;
      var x = function (d) { return 10 + ((d - lo) / (hi - lo)) * (W - 20); };
      var kids = [svg('line', { x1: 10, x2: W - 10, y1: 12, y2: 12, class: 'axis' }),
        svg('text', { x: 10, y: 10, class: 'tick', text: String(placed[0].time.start).slice(0, 10) }),
        svg('text', { x: W - 80, y: 10, class: 'tick', text: new Date(hi * 864e5).toISOString().slice(0, 10) })];
      placed.forEach(function (t, i) {
        var a = x(days(t.time.start)), b = x(days(t.time.end || t.time.start));
        kids.push(svg('rect', { x: a, y: 18 + i * 16, width: Math.max(3, b - a), height: 10, class: 'event' }, [svg('title', { text: (t.time.value || '') + ' ' + t.description })]));
      });
      main.appendChild(svg('svg', { width: W, height: H, class: 'timeline-chart', role: 'img' }, kids));
    }
    var ol = el('ol', { class: 'timeline' });
    entries.forEach(function (t) {
      ol.appendChild(el('li', null, [el('strong', { text: t.time.value || '?' }), ' ', t.description, ' '].concat(t.claims.map(claimLink))));
    });
    main.appendChild(ol);
  }

  function sourcesSection(s, groups) {
    main.appendChild(el('h3', { text: 'Sources' }));
    var table = el('table', { class: 'sources' }, [el('thead', null, [el('tr', null, ['Document', 'Outlet', 'Published', 'Claims', 'In groups'].map(function (h) { return el('th', { text: h }); }))])]);
    var body = el('tbody');
    s.documents.forEach(function (id) {
      var d = state.byDoc[id];
      if (!d) return;
      var claims = state.claimsOf[id] || [];
      var grouped = claims.filter(function (c) { return state.groupOf[c.id]; }).length;
      body.appendChild(el('tr', null, [
        el('td', null, [el('a', { href: '#/doc/' + encodeURIComponent(id), text: d.title || id })]),
        el('td', { text: d.source.outlet || '' }),
        el('td', { text: d.published.value ? d.published.value + ' (' + d.published.origin + ')' : 'unknown' }),
        el('td', { text: String(claims.length) }),
        el('td', { text: String(grouped) }),
      ]));
    });
    table.appendChild(body);
    main.appendChild(table);
    var multi = groups.filter(function (g) { return g.origins && g.origins.length; });
    if (multi.length) {
      var ul = el('ul', { class: 'independence' });
      multi.forEach(function (g) {
        ul.appendChild(el('li', { text: g.description + ': ' + g.independentSources + ' independent origin(s): ' + g.origins.map(function (o) { var e = state.byEntity[o.replace(/^source:/, '')]; return e ? e.name : o.replace(/^(source|outlet):/, ''); }).join(', ') }));
      });
      main.appendChild(ul);
    }
  }

  function docView(id, claimId) {
    var d = state.api ? state.fullDoc[id] : state.byDoc[id];
    if (!d && state.api && state.byDoc[id]) {
      main.appendChild(el('p', { class: 'muted', text: 'Loading ' + id + '…' }));
      fetch(state.api + '/documents/' + encodeURIComponent(id)).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.json();
      }).then(function (doc) {
        state.fullDoc[id] = doc;
        render();
      }).catch(function (e) { clear(main).appendChild(el('p', { text: 'Could not load ' + id + ': ' + e.message })); });
      return;
    }
    if (!d) { main.appendChild(el('p', { text: 'No such document.' })); return; }
    main.appendChild(el('h2', { text: d.title || d.id }));
    var meta = [d.id, d.source.outlet, d.published.value ? 'published ' + d.published.value + ' (' + d.published.origin + ')' : null].filter(Boolean).join(' · ');
    main.appendChild(el('p', { class: 'muted' }, [meta, d.source.url ? ' · ' : null, d.source.url ? el('a', { href: d.source.url, rel: 'noopener noreferrer', text: 'source' }) : null]));
    var claims = state.claimsOf[id] || [];
    var focus = state.byClaim[claimId];
    // The text, with the selected claim's span highlighted (built from text nodes around one <mark>).
    var text = el('div', { class: 'doc-text' });
    if (focus && focus.document === id) {
      text.appendChild(document.createTextNode(d.text.slice(0, focus.span.start)));
      var mark = el('mark', { id: 'highlight', 'data-claim': focus.id, text: d.text.slice(focus.span.start, focus.span.end) });
      text.appendChild(mark);
      text.appendChild(document.createTextNode(d.text.slice(focus.span.end)));
    } else text.textContent = d.text;
    if (focus) {
      var chain = focus.attribution.length ? focus.attribution.map(function (a) { return sourceName(a) + ' (' + a.cue + ')'; }).join(' ← ') : 'the outlet itself';
      main.appendChild(el('div', { class: 'claim-card' }, [
        el('strong', { text: focus.text }), ' — ' + focus.description,
        el('div', { text: 'Modality: ' + focus.modality + ' · Source: ' + chain + (focus.time && focus.time.value ? ' · Time: ' + focus.time.value : '') + (focus.origin === 'derivative' ? ' · restates the article' : '') }),
        reviewBadge(focus.reviews), reviewButtons('claim', focus),
      ]));
    }
    main.appendChild(text);
    var list = el('ul', { class: 'claims' });
    claims.forEach(function (c) {
      list.appendChild(el('li', null, [claimLink(c.id), ' ' + c.modality + (c.attribution.length ? ' · ' + c.attribution.map(sourceName).join(' ← ') : '')]));
    });
    main.appendChild(el('h3', { text: 'Claims (' + claims.length + ')' }));
    main.appendChild(list);
    if (d.removed.length) {
      var rem = el('ul', { class: 'removed' });
      d.removed.forEach(function (r) { rem.appendChild(el('li', { text: r.reason + ': ' + r.text.slice(0, 120) })); });
      main.appendChild(el('h3', { text: 'Removed from the page' }));
      main.appendChild(rem);
    }
    var h = document.getElementById('highlight');
    if (h && h.scrollIntoView) h.scrollIntoView({ block: 'center' });
  }

  function searchView(q) {
    main.appendChild(el('h2', { text: 'Search: ' + q }));
    var ul = el('ul', { class: 'results' });
    main.appendChild(ul);
    var show = function (hits) {
      if (!hits.length) ul.appendChild(el('li', { class: 'muted', text: 'Nothing found.' }));
      hits.forEach(function (h) {
        var c = h.kind === 'claim' && state.report ? state.byKey[h.key] : null;
        ul.appendChild(el('li', null, [c ? claimLink(c.id) : el('a', { href: '#/doc/' + encodeURIComponent(h.document), text: h.document }), ' ' + h.snippet]));
      });
    };
    if (state.api) {
      fetch(state.api + '/search?q=' + encodeURIComponent(q)).then(function (r) { return r.json(); }).then(function (r) { show(r.hits || []); });
      return;
    }
    var words = q.toLowerCase().split(/\s+/).filter(Boolean);
    var has = function (s) { s = s.toLowerCase(); return words.every(function (w) { return s.indexOf(w) >= 0; }); };
    var hits = [];
    state.report.claims.forEach(function (c) { if (has(c.text + ' ' + c.description)) hits.push({ kind: 'claim', key: c.key || c.id, document: c.document, snippet: c.description }); });
    state.report.documents.forEach(function (d) { if (has((d.title || '') + ' ' + d.text)) hits.push({ kind: 'document', key: d.id, document: d.id, snippet: d.title || d.text.slice(0, 100) }); });
    show(hits.slice(0, 100));
  }

  // ---- reviews -------------------------------------------------------------------------------------------
  function reviewBadge(reviews) {
    if (!reviews || !reviews.length) return null;
    var last = reviews[reviews.length - 1];
    return el('span', { class: 'review ' + last.status, title: last.note || '', text: ' ' + last.status });
  }
  function reviewButtons(target, item) {
    if (!state.api) return null;
    var box = el('span', { class: 'review-buttons' });
    ['confirmed', 'disputed', 'wrong'].forEach(function (status) {
      box.appendChild(el('button', { type: 'button', 'data-review': status, text: status, onclick: function (ev) {
        ev.preventDefault();
        if (!state.token) state.token = window.prompt('Access token for reviews') || null;
        if (!state.token) return;
        var note = window.prompt('Note (optional)') || null;
        fetch(state.api + '/reviews', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + state.token }, body: JSON.stringify({ target: target, key: item.key || item.id, status: status, note: note }) })
          .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
          .then(function (r) {
            // The saved review joins the item shown (the report is not fetched again).
            (item.reviews = item.reviews || []).push({ status: r.review.status, note: r.review.note, created: r.review.created });
            render();
          })
          .catch(function (e) { window.alert('Review not saved: ' + e.message); state.token = null; });
      } }));
    });
    return box;
  }

  // ---- start ---------------------------------------------------------------------------------------------
  /**
   * True when the part of the report named by `part` ('all', 'story=…' or 'document=…') is in hand; else fetches
   * it, shows that it is loading, and renders again once it is there.
   */
  function holds(part) {
    if (state.loaded === part) return true;
    main.appendChild(el('p', { class: 'muted', text: 'Loading…' }));
    fetch(state.api + '/report?omit=mentions,text' + (part === 'all' ? '' : '&' + part)).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    }).then(function (report) {
      index(report);
      state.loaded = part;
      var id = decodeURIComponent(part.replace(/^[a-z]+=/, ''));
      var complete = {};
      if (part === 'all') complete = 'all';
      else if (part.indexOf('document=') === 0) complete[id] = true;
      else storyOf(id).documents.forEach(function (d) { complete[d] = true; });
      state.complete = complete;
      render();
    }).catch(function (e) { clear(main).appendChild(el('p', { text: 'Could not load the report: ' + e.message })); });
    return false;
  }
  function load() {
    return fetch(state.api + '/stories').then(function (r) { return r.json(); }).then(function (r) {
      state.storyList = r.stories || [];
      render();
    });
  }
  function start() {
    main = document.getElementById('main');
    var form = document.getElementById('search');
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      location.hash = '#/search/' + encodeURIComponent(document.getElementById('q').value);
    });
    window.addEventListener('hashchange', render);
    var embedded = document.getElementById('report-data');
    if (embedded) {
      index(JSON.parse(embedded.textContent));
      render();
    } else {
      state.api = document.body.getAttribute('data-api') || '/api';
      load();
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
