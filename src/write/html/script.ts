// The page's script: a sentence shows its sources on hover, and keeps them shown when clicked.

/** Runs in the browser. Reads the sources from the JSON in #section-sources, and its words from #page-labels; the preview
 * calls it again after an update. */
export const SOURCES_SCRIPT = `
(function () {
  var panel = document.getElementById('sources-panel');
  var labels = JSON.parse(document.getElementById('page-labels').textContent);
  var pinned = null;
  function sources() {
    var data = document.getElementById('section-sources');
    return data ? JSON.parse(data.textContent || '[]') : [];
  }
  function spans(n) { return document.querySelectorAll('.sentence[data-sentence="' + n + '"]'); }
  function mark(n, name, on) { spans(n).forEach(function (span) { span.classList.toggle(name, on); }); }
  function show(n) {
    var sentence = sources()[n];
    if (!sentence) { panel.hidden = true; return; }
    panel.textContent = '';
    panel.dataset.sentence = String(n);
    var title = document.createElement('h2');
    title.textContent = sentence.sources.length ? labels.sources : labels.templatesAlone;
    panel.appendChild(title);
    var list = document.createElement('ul');
    sentence.sources.forEach(function (record) {
      var item = document.createElement('li');
      var where = document.createElement('code');
      where.textContent = record.file + ':' + record.line;
      item.appendChild(where);
      var fields = document.createElement('span');
      fields.className = 'fields';
      fields.textContent = ' ' + record.fields.map(function (f) { return f.field + ' (' + f.line + ')'; }).join(', ');
      item.appendChild(fields);
      list.appendChild(item);
    });
    panel.appendChild(list);
    panel.hidden = false;
  }
  function sentenceOf(target) {
    var span = target && target.closest ? target.closest('.sentence') : null;
    return span ? Number(span.dataset.sentence) : null;
  }
  document.addEventListener('mouseover', function (event) {
    var n = sentenceOf(event.target);
    if (n === null) return;
    mark(n, 'current', true);
    if (pinned === null) show(n);
  });
  document.addEventListener('mouseout', function (event) {
    var n = sentenceOf(event.target);
    if (n === null) return;
    mark(n, 'current', false);
    if (pinned === null) panel.hidden = true;
  });
  document.addEventListener('click', function (event) {
    var n = sentenceOf(event.target);
    if (pinned !== null) mark(pinned, 'pinned', false);
    pinned = n === null || n === pinned ? null : n;
    if (pinned === null) { panel.hidden = true; return; }
    mark(pinned, 'pinned', true);
    show(pinned);
  });
  window.coopReportSources = { reset: function () { pinned = null; panel.hidden = true; } };
})();
`;
