// The preview page's script: shows each view the server sends, and switches years.

/** Runs in the browser, after the sources script (src/write/html/script.ts); its words are the page's #page-labels. */
export const PREVIEW_SCRIPT = `
(function () {
  var body = document.body;
  var select = document.getElementById('year');
  var main = document.getElementById('section');
  var problems = document.getElementById('problems');
  var notices = document.getElementById('notices');
  var status = document.getElementById('status');
  var compared = document.getElementById('compared');
  var sourcesData = document.getElementById('section-sources');
  var year = Number(body.dataset.year);
  var labels = JSON.parse(document.getElementById('page-labels').textContent);
  var events = null;
  function connect() {
    if (events) events.close();
    status.textContent = labels.rendering.replace('%YEAR%', String(year));
    events = new EventSource('/events?year=' + year);
    events.addEventListener('view', function (event) { show(JSON.parse(event.data)); });
    events.onerror = function () { status.textContent = labels.notConnected; };
  }
  function fillYears(years) {
    if (!years.length) return;
    if (years.indexOf(year) < 0) years = years.concat([year]).sort();
    select.textContent = '';
    years.forEach(function (y) {
      var option = document.createElement('option');
      option.value = String(y);
      option.textContent = String(y);
      option.selected = y === year;
      select.appendChild(option);
    });
  }
  function showProblems(list) {
    var items = problems.querySelector('ul');
    items.textContent = '';
    list.forEach(function (d) {
      var item = document.createElement('li');
      item.className = d.severity;
      var where = document.createElement('code');
      where.textContent = d.file + ':' + d.line + ':' + d.column;
      item.appendChild(where);
      item.appendChild(document.createTextNode(' ' + labels[d.severity] + ' ' + d.code + ': ' + d.message));
      items.appendChild(item);
    });
    problems.hidden = list.length === 0;
    problems.querySelector('h2').textContent = list.some(function (d) { return d.severity === 'error'; })
      ? labels.cannotShow : labels.warnings;
  }
  function showNotices(list) {
    var items = notices.querySelector('ul');
    items.textContent = '';
    list.forEach(function (text) {
      var item = document.createElement('li');
      item.textContent = text;
      items.appendChild(item);
    });
    notices.hidden = list.length === 0;
  }
  function show(view) {
    if (view.year !== year) return;
    fillYears(view.years);
    showNotices(view.notices);
    showProblems(view.problems);
    if (window.coopReportSources) window.coopReportSources.reset();
    if (view.html === null) {
      main.hidden = true;
      main.textContent = '';
      sourcesData.textContent = '[]';
    } else {
      main.hidden = false;
      main.innerHTML = view.html;
      sourcesData.textContent = JSON.stringify(view.sources);
    }
    compared.textContent = view.html === null ? '' : view.previous === null ? labels.noEarlier : labels.compared.replace('%YEAR%', String(view.previous));
    status.textContent = labels.updated.replace('%TIME%', new Date().toLocaleTimeString());
    body.dataset.version = String(view.version);
  }
  select.addEventListener('change', function () {
    year = Number(select.value);
    body.dataset.year = String(year);
    history.replaceState(null, '', '/?year=' + year);
    connect();
  });
  connect();
})();
`;
