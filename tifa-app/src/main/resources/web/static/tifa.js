/* Tifa's pages: charts (ECharts) from data-chart attributes, and the passages drawer of the reader.
   Document text is only ever put into the page with textContent, or escaped for ECharts' HTML tooltips. */
(function () {
  'use strict';

  var FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  var LINE_COLOURS = ['#b4232a', '#2563eb', '#0d9488', '#d97706', '#7c3aed', '#16a34a', '#db2777', '#4f46e5', '#65a30d', '#92400e'];

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function tip(p) {
    return '<div style="font-family:' + esc(FONT) + ';max-width:340px;white-space:normal">'
      + '<b>' + esc(p.key) + '</b> · ' + esc(p.date || '') + '<br><span style="color:#6b7280">' + esc(p.title) + '</span><br>'
      + 'count: <b>' + esc(p.count) + '</b>' + (p.standalone !== p.count ? ' (' + esc(p.standalone) + ' standalone)' : '')
      + '<br>per 10,000 ' + esc(p.unit) + ': <b>' + esc(p.rate) + '</b></div>';
  }

  function base() {
    return { textStyle: { fontFamily: FONT }, animationDuration: 400,
      tooltip: { confine: true, backgroundColor: '#fff', borderColor: '#e3e6eb', textStyle: { color: '#1d2430', fontFamily: FONT } } };
  }

  function trend(data, measure) {
    var o = base();
    o.color = LINE_COLOURS;
    o.tooltip.trigger = 'item';
    o.tooltip.formatter = function (x) { return tip(x.data.p); };
    o.legend = { type: 'scroll', top: 0, textStyle: { fontFamily: FONT } };
    o.grid = { left: 56, right: 24, top: 44, bottom: 64 };
    o.dataZoom = [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 8, labelFormatter: function (v) { return new Date(v).getFullYear(); } }];
    o.xAxis = { type: 'time', min: 'dataMin', max: 'dataMax', splitLine: { show: false } }; // spans the data; labels years or months by span
    o.yAxis = { type: 'value', name: measure === 'count' ? 'count' : 'per 10,000', nameTextStyle: { color: '#6b7280' } };
    o.series = data.series.map(function (s) {
      return { name: s.name, type: 'line', symbol: 'circle', symbolSize: 7, emphasis: { focus: 'series' },
        data: s.points.map(function (p) { return { value: [p.date, measure === 'count' ? p.count : p.rate], p: p }; }) };
    });
    return o;
  }

  function bars(data, measure) {
    var o = base();
    o.tooltip.trigger = 'item';
    o.tooltip.formatter = function (x) { return tip(x.data.p); };
    o.grid = { left: 56, right: 20, top: 24, bottom: 90 };
    o.xAxis = { type: 'category', data: data.points.map(function (p) { return p.key; }), axisLabel: { rotate: 40, fontFamily: 'ui-monospace, monospace', fontSize: 11 } };
    o.yAxis = { type: 'value', name: measure === 'count' ? 'count' : 'per 10,000', nameTextStyle: { color: '#6b7280' } };
    o.series = [{ type: 'bar', barMaxWidth: 36,
      data: data.points.map(function (p) {
        return { value: measure === 'count' ? p.count : p.rate, p: p, itemStyle: { color: p.lang === 'en' ? '#2563eb' : '#b4232a', borderRadius: [3, 3, 0, 0] } };
      }) }];
    return o;
  }

  function themes(rows) {
    var shown = rows.filter(function (r) { return r.hits > 0; });
    var o = base();
    o.tooltip.trigger = 'item';
    o.tooltip.formatter = function (x) {
      var r = x.data.r;
      return '<b>' + esc(r.zh) + '</b> ' + esc(r.en) + '<br>' + esc(r.document) + ': <b>' + esc(r.hits) + '</b> occurrences · '
        + esc(r.share) + '% · ' + esc(r.per10k) + ' per 10,000';
    };
    o.grid = { left: 8, right: 44, top: 6, bottom: 6, containLabel: true };
    o.xAxis = { type: 'value', show: false };
    o.yAxis = { type: 'category', inverse: true, data: shown.map(function (r) { return r.zh; }),
      axisTick: { show: false }, axisLine: { show: false }, axisLabel: { fontFamily: FONT, fontSize: 13, color: '#374151' } };
    o.series = [{ type: 'bar', barMaxWidth: 18, label: { show: true, position: 'right', formatter: function (x) { return x.data.r.hits; }, color: '#374151' },
      data: shown.map(function (r) { return { value: r.hits, r: r, itemStyle: { color: r.colour, borderRadius: [0, 4, 4, 0] } }; }) }];
    return o;
  }

  /* Theme shares of two texts side by side: A grey, B in the themes' colours (labelA/labelB name the bars if given). */
  function themeShift(data) {
    var rows = data.rows.filter(function (r) { return r.hitsA > 0 || r.hitsB > 0; });
    var nameA = data.labelA || 'A · ' + data.a;
    var nameB = data.labelB || 'B · ' + data.b;
    var o = base();
    o.tooltip.trigger = 'axis';
    o.tooltip.axisPointer = { type: 'shadow' };
    o.tooltip.formatter = function (xs) {
      var r = xs[0].data.r;
      return '<b>' + esc(r.zh) + '</b> ' + esc(r.en) + '<br>' + esc(data.a) + ': ' + esc(r.hitsA) + ' (' + esc(r.shareA) + '%)<br>'
        + esc(data.b) + ': ' + esc(r.hitsB) + ' (' + esc(r.shareB) + '%)<br>' + esc(data.changeLabel || 'change') + ': '
        + esc(r.shareChange) + ' points';
    };
    o.legend = { top: 0, data: [nameA, nameB] };
    o.grid = { left: 8, right: 30, top: 30, bottom: 6, containLabel: true };
    o.xAxis = { type: 'value', axisLabel: { formatter: '{value}%' } };
    o.yAxis = { type: 'category', inverse: true, data: rows.map(function (r) { return r.zh + (data.labelA ? '  ' + r.en : ''); }),
      axisLabel: { fontFamily: FONT, color: '#374151' } };
    o.series = [
      { name: nameA, type: 'bar', barGap: '10%', barMaxWidth: 22, itemStyle: { color: '#cbd5e1' },
        data: rows.map(function (r) { return { value: r.shareA, r: r }; }) },
      { name: nameB, type: 'bar', barMaxWidth: 22,
        data: rows.map(function (r) { return { value: r.shareB, r: r, itemStyle: { color: r.colour } }; }) }];
    return o;
  }

  function conceptShift(data) {
    var rows = data.rows;
    var o = base();
    o.tooltip.trigger = 'item';
    o.tooltip.formatter = function (x) {
      var r = x.data.r;
      return '<b>' + esc(r.label) + '</b> <span style="color:#6b7280">' + esc(r.status) + '</span><br>' + esc(r.a) + ': ' + esc(r.countA)
        + ' (' + esc(r.per10kA) + ' per 10,000)<br>' + esc(r.b) + ': ' + esc(r.countB) + ' (' + esc(r.per10kB) + ' per 10,000)';
    };
    o.grid = { left: 8, right: 30, top: 6, bottom: 6, containLabel: true };
    o.xAxis = { type: 'value' };
    o.yAxis = { type: 'category', inverse: true, data: rows.map(function (r) { return r.label; }), axisLabel: { fontFamily: FONT, color: '#374151' } };
    o.series = [{ type: 'bar', barMaxWidth: 16,
      data: rows.map(function (r) { return { value: r.rateChange, r: r, itemStyle: { color: r.colour } }; }) }];
    return o;
  }

  /* Instruments: where each occurrence falls in each document (x: share of the text, y: document). */
  function dispersion(data) {
    var o = base();
    o.tooltip.trigger = 'item';
    o.tooltip.formatter = function (x) {
      var d = x.data.d;
      return '<b>' + esc(d.doc) + '</b> at ' + esc(d.at) + '%<br>' + esc(d.section) + (d.task ? '<br>task ' + esc(d.task) : '');
    };
    o.grid = { left: 8, right: 24, top: 10, bottom: 30, containLabel: true };
    o.xAxis = { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } };
    o.yAxis = { type: 'category', inverse: true, data: data.documents, axisLabel: { fontFamily: 'ui-monospace, monospace', fontSize: 11 } };
    o.series = [{ type: 'scatter', symbol: 'rect', symbolSize: [4, 22],
      data: data.dots.map(function (d) { return { value: [d.at, d.doc], d: d, itemStyle: { color: d.task ? '#b4232a' : '#94a3b8' } }; }) }];
    return o;
  }

  /* Instruments: the modifier ladder's mean intensity per document (1 tentative … 5 forceful). */
  function ladder(data) {
    var o = base();
    o.tooltip.trigger = 'item';
    o.tooltip.formatter = function (x) { var p = x.data.p; return '<b>' + esc(p.key) + '</b><br>intensity ' + esc(p.intensity) + '<br>' + esc(p.modifiers); };
    o.grid = { left: 40, right: 24, top: 20, bottom: 60 };
    o.xAxis = { type: 'category', data: data.points.map(function (p) { return p.key; }), axisLabel: { rotate: 40, fontFamily: 'ui-monospace, monospace', fontSize: 11 } };
    o.yAxis = { type: 'value', min: 0, max: 5, name: 'intensity' };
    o.series = [{ type: 'line', symbol: 'circle', symbolSize: 9, color: '#b4232a',
      data: data.points.map(function (p) { return { value: p.intensity, p: p }; }) }];
    return o;
  }

  var BUILDERS = { trend: trend, bars: bars, themes: themes, themeShift: themeShift, conceptShift: conceptShift,
    dispersion: dispersion, ladder: ladder };

  function draw(el, measure) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    var chart = echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(BUILDERS[el.getAttribute('data-chart-type')](data, measure || 'rate'), true);
    // every point opens the passages it counts, as a page to read
    chart.off('click');
    chart.on('click', function (x) {
      var d = x.data && (x.data.p || x.data.r);
      var link = d && (d.evidence || d.evidenceB);
      if (link) window.location.href = link;
    });
    return chart;
  }

  function charts() {
    if (typeof echarts === 'undefined') return;
    var all = [];
    document.querySelectorAll('[data-chart]').forEach(function (el) { all.push(draw(el)); });
    window.addEventListener('resize', function () { all.forEach(function (c) { c.resize(); }); });
    document.querySelectorAll('[data-measure]').forEach(function (b) {
      b.addEventListener('click', function () {
        b.parentNode.querySelectorAll('button').forEach(function (x) { x.classList.toggle('on', x === b); });
        draw(document.getElementById(b.getAttribute('data-target')), b.getAttribute('data-measure'));
      });
    });
  }

  /* Reader: clicking a formulation opens its passages in this document. */
  function reader() {
    var root = document.querySelector('.reader');
    var panel = document.getElementById('ctx-panel');
    if (!root || !panel) return;
    var doc = root.getAttribute('data-doc');
    var list = document.getElementById('ctx-list');

    function el(tag, cls, text) {
      var e = document.createElement(tag);
      if (cls) e.className = cls;
      if (text != null) e.textContent = text;
      return e;
    }

    function flash(m) {
      if (!m) return;
      m.scrollIntoView({ block: 'center', behavior: 'smooth' });
      m.classList.remove('flash');
      void m.offsetWidth;
      m.classList.add('flash');
    }

    function open(concept) {
      var url = '/api/kwic?q=' + encodeURIComponent(concept) + '&doc=' + encodeURIComponent(doc) + '&window=40';
      document.querySelectorAll('mark.f.selected').forEach(function (m) { m.classList.remove('selected'); });
      document.querySelectorAll('mark.f').forEach(function (m) { if (m.getAttribute('data-concept') === concept) m.classList.add('selected'); });
      fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); }).then(function (j) {
        if (j.error) throw new Error(j.error);
        var c = j.concept;
        document.getElementById('ctx-title').textContent = c.label + (c.en && c.en.length && c.label !== c.en[0] ? ' · ' + c.en[0] : '');
        document.getElementById('ctx-summary').textContent = j.total + (j.total === 1 ? ' occurrence' : ' occurrences') + ' in this document'
          + (j.shown < j.total ? ' (first ' + j.shown + ' shown)' : '') + '. Click one to find it in the text.';
        document.getElementById('ctx-term').href = '/term?q=' + encodeURIComponent(concept);
        document.getElementById('ctx-csv').href = url + '&format=csv';
        list.textContent = '';
        j.contexts.forEach(function (x) {
          var li = el('li');
          li.appendChild(el('span', 'ctx', x.left));
          li.appendChild(el('mark', 'hit', x.match));
          li.appendChild(el('span', 'ctx', x.right));
          if (x.nestedIn) li.appendChild(el('span', 'nested-note', 'inside ' + x.nestedIn));
          li.addEventListener('click', function () {
            flash(document.querySelector('mark.f[data-start="' + x.start + '"][data-concept="' + CSS.escape(concept) + '"]'));
          });
          list.appendChild(li);
        });
        panel.hidden = false;
      }).catch(function (e) {
        list.textContent = '';
        document.getElementById('ctx-summary').textContent = 'Could not load the passages: ' + e.message;
        panel.hidden = false;
      });
    }

    root.addEventListener('click', function (e) {
      var t = e.target.closest('mark.f, a.evidence[data-concept]');
      if (!t) return;
      e.preventDefault();
      open(t.getAttribute('data-concept'));
    });
    root.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && e.target.matches('mark.f')) open(e.target.getAttribute('data-concept'));
    });
    document.getElementById('ctx-close').addEventListener('click', function () { panel.hidden = true; });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') panel.hidden = true; });
    if (location.hash.indexOf('#h-') === 0) flash(document.getElementById(location.hash.substring(1)));
  }

  /* Event page: a claim's or an expectation's button shows or hides the passages counted. */
  function expanders() {
    document.querySelectorAll('button.expand[aria-controls]').forEach(function (b) {
      b.addEventListener('click', function () {
        var row = document.getElementById(b.getAttribute('aria-controls'));
        if (!row) return;
        row.hidden = !row.hidden;
        b.setAttribute('aria-expanded', String(!row.hidden));
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    charts();
    reader();
    expanders();
  });
})();
