/* The "aligned pairs" block of the concept and parallel pages: filled from /api/parallel/concept, text set with
   textContent only (never as HTML), hidden where no aligned pairs have the concept. */
(function () {
  'use strict';

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function sentence(segments, lang) {
    var td = el('td');
    td.lang = lang;
    segments.forEach(function (s) { td.appendChild(s.hit ? el('mark', s.text, 'hit') : document.createTextNode(s.text)); });
    return td;
  }

  function chart(box, drift) {
    if (!window.echarts || drift.length === 0) { box.hidden = true; return; }
    var editions = [], renderings = [];
    drift.forEach(function (r) {
      if (editions.indexOf(r.edition) < 0) editions.push(r.edition);
      if (renderings.indexOf(r.rendering) < 0) renderings.push(r.rendering);
    });
    var series = renderings.map(function (name) {
      return { name: name, type: 'bar', stack: 'renderings', data: editions.map(function (ed) {
        var row = drift.find(function (r) { return r.edition === ed && r.rendering === name; });
        return row ? row.count : 0;
      }) };
    });
    var c = echarts.init(box);
    c.setOption({ tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 40, right: 10, top: 40, bottom: 24 },
      xAxis: { type: 'category', data: editions }, yAxis: { type: 'value', minInterval: 1 }, series: series });
    box.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { c.resize(); });
  }

  function render(block, d) {
    if (!d || !d.pairs || d.pairs.length === 0) return;
    block.hidden = false;
    var row = d.row;
    block.querySelector('.parallel-summary').textContent = row
      ? row.zh + ' in Chinese, ' + row.en + ' in English over the same pairs: ' + row.verdict + (row.evidence ? ' (' + row.evidence + ')' : '') + '.'
      : '';
    var body = block.querySelector('.parallel-drift tbody');
    d.drift.forEach(function (r) {
      var tr = el('tr');
      [r.edition, r.rendering, r.count, r.zh_hits].forEach(function (x, i) { tr.appendChild(el('td', x, i >= 2 ? 'num' : '')); });
      body.appendChild(tr);
    });
    chart(block.querySelector('.parallel-chart'), d.drift);
    var list = block.querySelector('.parallel-suggestions');
    if (!d.suggestions || d.suggestions.length === 0) list.appendChild(el('li', 'none: no phrase recurs where only one side has it', 'muted'));
    (d.suggestions || []).forEach(function (s) { list.appendChild(el('li', s.evidence + ' — G² ' + s.g2.toFixed(1) + ', Dice ' + s.dice.toFixed(2))); });
    block.querySelector('.parallel-pairs-note').textContent = d.pairs.length + ' of ' + d.pairsTotal
      + ' pairs with the concept on either side; pairs where the sides differ first (marked), shifted ones noted.';
    var pairs = block.querySelector('.parallel-pairs tbody');
    d.pairs.forEach(function (p) {
      var tr = el('tr', null, p.oneSided ? 'one-sided' : '');
      tr.appendChild(el('td', p.id + (p.oneSided ? (p.shifted ? ' (shifted)' : ' ≠') : ''), 'nowrap'));
      tr.appendChild(sentence(p.zh, 'zh'));
      tr.appendChild(sentence(p.en, 'en'));
      pairs.appendChild(tr);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-parallel]').forEach(function (block) {
      fetch('/api/parallel/concept?q=' + encodeURIComponent(block.getAttribute('data-parallel')))
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (d) { render(block, d); })
        .catch(function () { /* no aligned pairs: the block stays hidden */ });
    });
  });
})();
