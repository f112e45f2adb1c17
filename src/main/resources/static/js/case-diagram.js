// The case's place in the process, drawn by bpmn-js's NavigatedViewer (read-only: zoom with the wheel or the
// buttons, drag to pan) from the model the engine runs, the current step marked and brought into view.
document.addEventListener('DOMContentLoaded', function () {
  var container = document.getElementById('process-diagram');
  if (!container || typeof BpmnJS === 'undefined') {
    return;
  }
  var viewer = new BpmnJS({ container: container });
  var current = (container.dataset.current || '').split(',').filter(Boolean);
  var controls = document.querySelectorAll('.diagram-controls [data-zoom]');

  // the current step at a readable scale in the middle of the box; the whole diagram when there is none
  function showCurrent(canvas, registry) {
    var elements = current.map(function (id) { return registry.get(id); }).filter(Boolean);
    if (elements.length === 0) {
      canvas.zoom('fit-viewport');
      return;
    }
    if (container.clientWidth === 0 || container.clientHeight === 0) {
      return; // not laid out (a closed panel): nothing to fit yet
    }
    var box = canvas.viewbox();
    if (!(box.outer.width > 0 && box.outer.height > 0)) {
      return;
    }
    var scale = Math.min(1, Math.max(0.6, container.clientWidth / 900));
    var first = elements[0];
    var cx = first.x + (first.width || 0) / 2;
    var cy = first.y + (first.height || 0) / 2;
    var width = box.outer.width / scale;
    var height = box.outer.height / scale;
    canvas.viewbox({ x: cx - width / 2, y: cy - height / 2, width: width, height: height });
  }

  fetch(container.dataset.model, { credentials: 'same-origin' })
    .then(function (response) { return response.text(); })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      var zoomScroll = viewer.get('zoomScroll');
      current.forEach(function (id) {
        try { canvas.addMarker(id, 'current-step'); } catch (ignored) { /* element not drawn */ }
      });
      showCurrent(canvas, registry);
      // until the reader zooms or pans, a resized box (a phone turned) shows the current step again
      var moved = false;
      ['wheel', 'mousedown', 'touchstart'].forEach(function (type) {
        container.addEventListener(type, function () { moved = true; }, { passive: true });
      });
      if (typeof ResizeObserver !== 'undefined') {
        new ResizeObserver(function () {
          canvas.resized();
          if (!moved) {
            showCurrent(canvas, registry);
          }
        }).observe(container);
      }
      controls.forEach(function (button) {
        button.addEventListener('click', function () {
          moved = button.dataset.zoom === 'in' || button.dataset.zoom === 'out';
          switch (button.dataset.zoom) {
            case 'in': zoomScroll.stepZoom(1); break;
            case 'out': zoomScroll.stepZoom(-1); break;
            case 'fit': canvas.zoom('fit-viewport', 'auto'); break;
            default: showCurrent(canvas, registry);
          }
        });
      });
    })
    .catch(function () {
      container.textContent = container.dataset.unavailable; // in the page's language
      controls.forEach(function (button) { button.hidden = true; });
    });
});
