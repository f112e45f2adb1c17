// The case's place in the process, drawn by bpmn-js (read-only viewer) from the model the engine runs.
document.addEventListener('DOMContentLoaded', function () {
  var container = document.getElementById('process-diagram');
  if (!container || typeof BpmnJS === 'undefined') {
    return;
  }
  var viewer = new BpmnJS({ container: container });
  fetch(container.dataset.model, { credentials: 'same-origin' })
    .then(function (response) { return response.text(); })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      var canvas = viewer.get('canvas');
      canvas.zoom('fit-viewport');
      (container.dataset.current || '').split(',').filter(Boolean).forEach(function (id) {
        try { canvas.addMarker(id, 'current-step'); } catch (ignored) { /* element not drawn */ }
      });
    })
    .catch(function () { container.textContent = '流程图暂时无法显示'; });
});
