#!/usr/bin/env bash
# Renders a BPMN model to a PNG for the README with bpmn-js (the same webjar the case page uses) in headless Chromium.
# Usage: bpmn/render-diagram.sh bpmn/disclosure-request.bpmn bpmn/disclosure-request.png [width height]
# Needs: the project built once (the bpmn-js webjar in ~/.m2), python3, Debian's chromium.
set -euo pipefail
model=$1; out=$2; width=${3:-1560}; height=${4:-1420}
jar=$(find ~/.m2/repository/org/webjars/npm/bpmn-js/8.0.0 -name 'bpmn-js-8.0.0.jar' | head -1)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
(cd "$work" && unzip -q "$jar" 'META-INF/resources/webjars/bpmn-js/8.0.0/dist/*')
python3 - "$model" "$work/index.html" "$width" "$height" <<'PY'
import json, sys
model, page, width, height = sys.argv[1:5]
dist = "META-INF/resources/webjars/bpmn-js/8.0.0/dist"
open(page, "w").write(f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="{dist}/assets/diagram-js.css"><link rel="stylesheet" href="{dist}/assets/bpmn-font/css/bpmn.css">
<style>html,body{{margin:0;background:#fff}}#c{{width:{width}px;height:{height}px}}</style>
<script src="{dist}/bpmn-viewer.production.min.js"></script></head><body><div id="c"></div><script>
const viewer = new BpmnJS({{container: '#c'}});
viewer.importXML({json.dumps(open(model).read())}).then(() => viewer.get('canvas').zoom('fit-viewport'));
</script></body></html>""")
PY
chromium --headless --no-sandbox --disable-gpu --window-size="$width,$height" --virtual-time-budget=5000 \
  --screenshot="$(realpath "$out")" "file://$work/index.html" 2>/dev/null
