/* The beleidsmedewerker's page: asks for the key once (kept in sessionStorage, never in the URL),
 * fetches the figures with it as a Bearer token, and draws each as a chart with a table under it. */
(function () {
  'use strict';
  var id = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] || '');
  var storeKey = 'inzicht-sleutel:' + id;
  var $ = function (sel) { return document.getElementById(sel); };
  var charts = [];

  var REFERRALS = {
    'geldfit-0800-8115': 'Geldfit (hulplijn)', nibud: 'Nibud (zelfhulp)', 'sociaal-raadslieden': 'Sociaal raadslieden of Juridisch Loket',
    budgetcursus: 'Budgetcursus', budgetcoach: 'Budgetcoach', beschermingsbewind: 'Beschermingsbewind of budgetbeheer',
    'sociaal-wijkteam': 'Sociaal wijkteam', voedselbank: 'Voedselbank', schuldhulpverlening: 'Schuldhulpverlening van de gemeente',
    '113-zelfmoordpreventie': '113 Zelfmoordpreventie'
  };
  var STEPS = [
    ['welkom', 'Begin: nog geen keuze gemaakt'], ['bespreekbaar', 'Praten over geld'], ['bewust', 'Nadenken over de komende maanden'],
    ['vrijgekomen', 'Net vrij: eerste zaken'], ['fase1', 'Routekaart: inkomen'], ['fase2', 'Routekaart: schulden'],
    ['fase3', 'Routekaart: begeleiding'], ['oefenen', 'Oefenen (hulpverleners)'], ['wegwijzer', 'Wegwijzer opgezocht']
  ];
  var CRISIS = { suicide: 'Gedachten aan zelfdoding', hunger: 'Honger of geen eten', homeless: 'Geen slaapplek', violence: 'Geweld of onveilig' };
  var PHASES = { fase1: 'Inkomen', fase2: 'Schulden', fase3: 'Begeleiding' };
  var words = function (camel) { return camel.replace(/([a-z])([A-Z0-9])/g, '$1 $2').toLowerCase().replace(/^./, function (c) { return c.toUpperCase(); }); };
  var num = function (v) { return typeof v === 'number' ? v : null; };

  function key() { return sessionStorage.getItem(storeKey); }

  function askKey(message) {
    $('cijfers').hidden = true;
    $('sleutel-formulier').hidden = false;
    $('sleutel-fout').textContent = message || '';
    $('sleutel').focus();
  }

  function get(path) {
    var q = [];
    if ($('van').value) q.push('van=' + encodeURIComponent($('van').value));
    if ($('tot').value) q.push('tot=' + encodeURIComponent($('tot').value));
    return fetch('/api/inzicht/' + encodeURIComponent(id) + path + (q.length ? '?' + q.join('&') : ''), {
      headers: { Authorization: 'Bearer ' + key() }, cache: 'no-store', referrerPolicy: 'no-referrer'
    });
  }

  function parseCsv(text) {
    var lines = text.trim().split(/\r?\n/).map(function (l) { return l.split(','); });
    var head = lines.shift();
    return lines.map(function (cells) {
      var row = {};
      head.forEach(function (h, i) { row[h] = /^\d+$/.test(cells[i]) ? Number(cells[i]) : cells[i]; });
      return row;
    });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (a) { e.setAttribute(a, attrs[a]); });
    if (text !== undefined) e.textContent = String(text);
    return e;
  }

  function table(caption, head, rows) {
    var t = el('table');
    t.appendChild(el('caption', {}, caption));
    var tr = el('tr');
    head.forEach(function (h) { tr.appendChild(el('th', { scope: 'col' }, h)); });
    t.appendChild(el('thead')).appendChild(tr);
    var body = t.appendChild(el('tbody'));
    rows.forEach(function (r) {
      var row = el('tr');
      row.appendChild(el('th', { scope: 'row' }, r[0]));
      r.slice(1).forEach(function (c) { row.appendChild(el('td', { class: 'getal' }, c)); });
      body.appendChild(row);
    });
    return t;
  }

  /** One figure: title, a chart (an image for screen readers, described by the table) and the table. */
  function figure(idName, title, type, labels, values, tableHead, rows, options) {
    var fig = el('figure', { id: idName });
    fig.appendChild(el('figcaption', { id: idName + '-titel' }, title));
    if (!rows.length) {
      fig.appendChild(el('p', { class: 'geen' }, 'Nog niets in deze periode.'));
      $('grafieken').appendChild(fig);
      return;
    }
    var box = fig.appendChild(el('div', { class: 'grafiek' }));
    var canvas = box.appendChild(el('canvas', { role: 'img', 'aria-label': title + ': de tabel hieronder geeft dezelfde cijfers.' }));
    fig.appendChild(table(title + ' (tabel)', tableHead, rows));
    $('grafieken').appendChild(fig);
    charts.push(new window.Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: [{ label: tableHead[1], data: values, backgroundColor: options && options.colours || '#154273', borderColor: '#154273' }] },
      options: Object.assign({ responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: type === 'doughnut' } } }, options && options.chart)
    }));
  }

  function draw(report, weeks) {
    charts.forEach(function (c) { c.destroy(); });
    charts = [];
    $('grafieken').textContent = '';
    $('naam').textContent = '– ' + report.gemeente;
    $('van').value = report.van;
    $('tot').value = report.tot;
    var kern = $('kerncijfers');
    kern.textContent = '';
    [['Gesprekken', report.gesprekken], ['Met een plan', report.metPlan], ['Net vrij', report.recentVrij], ['Terugbelverzoeken bezorgd', report.terugbellen]].forEach(function (k) {
      var d = kern.appendChild(el('div'));
      d.appendChild(el('dt', {}, k[0]));
      d.appendChild(el('dd', {}, k[1]));
    });

    figure('per-week', 'Gesprekken per week', 'bar', weeks.map(function (w) { return w.week; }), weeks.map(function (w) { return num(w.gesprekken); }),
      ['Week', 'Gesprekken'], weeks.map(function (w) { return [w.week, w.gesprekken]; }));

    var refs = Object.keys(report.doorverwijzingen);
    figure('doorverwijzingen', 'Doorverwijzingen per soort hulp', 'bar', refs.map(function (r) { return REFERRALS[r] || r; }), refs.map(function (r) { return num(report.doorverwijzingen[r]); }),
      ['Hulp', 'Aantal keer in een plan'], refs.map(function (r) { return [REFERRALS[r] || r, report.doorverwijzingen[r]]; }), { chart: { indexAxis: 'y' } });

    var stops = STEPS.filter(function (s) { return report.uitval[s[0]] !== undefined; });
    var stopRows = stops.map(function (s) { return [s[1], report.uitval[s[0]]]; });
    if (stopRows.length || report.metPlan) stopRows.push(['Tot een plan gekomen', report.metPlan]);
    figure('uitval', 'Waar mensen stoppen (van begin tot plan)', 'bar', stopRows.map(function (r) { return r[0]; }), stopRows.map(function (r) { return num(r[1]); }),
      ['Laatste stap', 'Gesprekken'], stopRows, { chart: { indexAxis: 'y' } });

    var types = Object.keys(report.crisis);
    figure('crisis', 'Crisissignalen per soort', 'bar', types.map(function (t) { return CRISIS[t] || t; }), types.map(function (t) { return num(report.crisis[t]); }),
      ['Soort signaal', 'Gesprekken'], types.map(function (t) { return [CRISIS[t] || t, report.crisis[t]]; }));

    var vrij = num(report.recentVrij), totaal = num(report.gesprekken);
    var share = vrij !== null && totaal ? Math.round((100 * vrij) / totaal) + '%' : 'niet te tonen';
    var vrijRows = totaal === 0 ? [] : [['Net vrij', report.recentVrij], ['Alle gesprekken', report.gesprekken], ['Aandeel net vrij', share]];
    figure('vrij', 'Aandeel mensen die net vrij zijn', 'doughnut', ['Net vrij', 'Anderen'], vrij !== null && totaal !== null ? [vrij, Math.max(0, totaal - vrij)] : [],
      ['Wie', 'Aantal'], vrijRows, { colours: ['#154273', '#b8c7d9'] });

    var fases = $('grafieken').appendChild(el('figure', { id: 'fases' }));
    fases.appendChild(el('figcaption', {}, 'Uitkomsten van de routekaart'));
    var faseRows = [];
    Object.keys(report.fases).forEach(function (f) { Object.keys(report.fases[f]).forEach(function (o) { faseRows.push([(PHASES[f] || f) + ': ' + words(o), report.fases[f][o]]); }); });
    fases.appendChild(faseRows.length ? table('Uitkomsten per fase', ['Fase en uitkomst', 'Aantal'], faseRows) : el('p', { class: 'geen' }, 'Nog niets in deze periode.'));
  }

  function load() {
    $('status').textContent = 'Cijfers laden…';
    Promise.all([get(''), get('.csv')]).then(function (res) {
      if (res[0].status === 401) { sessionStorage.removeItem(storeKey); askKey('Deze sleutel past niet. Probeer het opnieuw.'); return null; }
      if (!res[0].ok) return res[0].json().then(function (b) { $('status').textContent = b.error || 'De cijfers zijn nu niet te laden.'; return null; });
      return Promise.all([res[0].json(), res[1].text()]);
    }).then(function (data) {
      if (!data) return;
      $('sleutel-formulier').hidden = true;
      $('cijfers').hidden = false;
      draw(data[0], parseCsv(data[1]));
      $('status').textContent = 'Cijfers van ' + data[0].van + ' tot en met ' + data[0].tot + '.';
    }).catch(function () { $('status').textContent = 'De cijfers zijn nu niet te laden.'; });
  }

  $('sleutel-formulier').addEventListener('submit', function (e) {
    e.preventDefault();
    sessionStorage.setItem(storeKey, $('sleutel').value.trim());
    $('sleutel').value = '';
    load();
  });
  $('periode').addEventListener('submit', function (e) { e.preventDefault(); load(); });
  $('vergeet').addEventListener('click', function () { sessionStorage.removeItem(storeKey); askKey(); });
  $('csv').addEventListener('click', function () {
    get('.csv').then(function (r) { return r.ok ? r.blob() : Promise.reject(new Error()); }).then(function (blob) {
      var a = el('a', { href: URL.createObjectURL(blob), download: 'inzicht-' + id + '-' + $('van').value + '-' + $('tot').value + '.csv' });
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    }).catch(function () { $('status').textContent = 'De CSV kon niet worden gemaakt.'; });
  });

  if (key()) load();
  else askKey();
})();
