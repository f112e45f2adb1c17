// The redaction page: shows the original PDF with pdf.js (pages rendered to canvases), lets the officer draw boxes
// on the pages and give each its 不予公开 ground and reason, and sends the boxes to the server, which removes the
// content under them (RedactionApi). Boxes are kept as fractions of the displayed page from its top left corner,
// so they do not depend on the zoom here or on the page size there.
const root = document.getElementById('redaction');
const list = document.getElementById('box-list');
const statusLine = document.getElementById('redaction-status');
const editable = root.dataset.editable === 'true';
const boxes = [];
let selected = null;
const texts = document.getElementById('redaction-texts').dataset;

// A text of the page's language (the template's data-* words), its {0}, {1}… filled in.
function text(name, ...values) {
  return texts[name].replace(/\{(\d+)\}/g, (whole, i) => String(values[Number(i)]));
}

function say(text, error) {
  statusLine.textContent = text;
  statusLine.className = error ? 'error' : 'muted';
}

function frameOf(box) {
  const page = document.querySelector(`.redaction-page[data-page="${box.page}"]`);
  const frame = document.createElement('div');
  frame.className = 'redaction-box';
  page.appendChild(frame);
  frame.addEventListener('mousedown', event => {
    event.stopPropagation();
    select(box);
  });
  return frame;
}

function place(box) {
  Object.assign(box.frame.style, {
    left: `${box.x * 100}%`, top: `${box.y * 100}%`, width: `${box.width * 100}%`, height: `${box.height * 100}%`,
  });
}

function select(box) {
  selected = box;
  boxes.forEach(b => {
    b.frame.classList.toggle('selected', b === box);
    b.item.classList.toggle('selected', b === box);
  });
  if (box) {
    box.item.querySelector('select').focus();
  }
}

function renumber() {
  boxes.forEach((box, i) => {
    box.frame.textContent = String(i + 1);
    box.item.querySelector('.box-title').textContent = text('boxTitle', box.page);
  });
}

function add(box) {
  box.frame = frameOf(box);
  place(box);
  const item = document.createElement('li');
  const title = document.createElement('span');
  title.className = 'box-title';
  const ground = document.createElement('select');
  ground.setAttribute('aria-label', text('ground'));
  const reason = document.createElement('input');
  reason.maxLength = 2000;
  reason.placeholder = text('reasonHint');
  reason.setAttribute('aria-label', text('reason'));
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = text('delete');
  item.append(title, ground, reason, remove);
  ground.append(document.getElementById('ground-options').content.cloneNode(true));
  ground.value = box.ground || (boxes.length ? boxes[boxes.length - 1].ground : '');
  box.ground = ground.value;
  reason.value = box.reason || (boxes.length ? boxes[boxes.length - 1].reason : '');
  box.reason = reason.value;
  ground.addEventListener('change', () => { box.ground = ground.value; });
  reason.addEventListener('input', () => { box.reason = reason.value; });
  item.addEventListener('click', () => select(box));
  remove.addEventListener('click', event => {
    event.stopPropagation();
    box.frame.remove();
    item.remove();
    boxes.splice(boxes.indexOf(box), 1);
    renumber();
  });
  [ground, reason, remove].forEach(control => { control.disabled = !editable; });
  box.item = item;
  list.appendChild(item);
  boxes.push(box);
  renumber();
  return box;
}

function drawOn(pageElement, pageNumber) {
  pageElement.addEventListener('mousedown', start => {
    if (!editable || start.button !== 0) {
      return;
    }
    start.preventDefault();
    const area = pageElement.getBoundingClientRect();
    const clamp = v => Math.min(1, Math.max(0, v));
    const x0 = clamp((start.clientX - area.left) / area.width);
    const y0 = clamp((start.clientY - area.top) / area.height);
    const box = { page: pageNumber, x: x0, y: y0, width: 0, height: 0 };
    box.frame = frameOf(box);
    const move = event => {
      const x1 = clamp((event.clientX - area.left) / area.width);
      const y1 = clamp((event.clientY - area.top) / area.height);
      Object.assign(box, { x: Math.min(x0, x1), y: Math.min(y0, y1), width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) });
      place(box);
    };
    const end = () => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', end);
      box.frame.remove();
      if (box.width > 0.005 && box.height > 0.003) {
        select(add({ page: box.page, x: box.x, y: box.y, width: box.width, height: box.height }));
      }
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', end);
  });
}

async function render() {
  const pdfjs = await import(root.dataset.pdfjs);
  pdfjs.GlobalWorkerOptions.workerSrc = root.dataset.worker;
  const pdf = await pdfjs.getDocument({
    url: root.dataset.pdf, isEvalSupported: false, cMapUrl: root.dataset.cmaps, cMapPacked: true,
    standardFontDataUrl: root.dataset.fonts,
  }).promise;
  const pages = document.getElementById('pages');
  const width = Math.min(pages.clientWidth || 900, 1000);
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    const element = document.createElement('div');
    element.className = 'redaction-page';
    element.dataset.page = String(number);
    element.style.width = `${viewport.width}px`;
    const canvas = document.createElement('canvas');
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${viewport.width}px`;
    canvas.style.height = `${viewport.height}px`;
    const label = document.createElement('span');
    label.className = 'page-number';
    label.textContent = text('pageNumber', number, pdf.numPages);
    element.append(canvas, label);
    pages.appendChild(element);
    await page.render({
      canvasContext: canvas.getContext('2d'), viewport,
      transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0],
    }).promise;
    drawOn(element, number);
  }
  return pdf.numPages;
}

async function load() {
  try {
    const pages = await render();
    const saved = await fetch(root.dataset.boxes, { headers: { Accept: 'application/json' } });
    if (saved.ok) {
      (await saved.json()).boxes.forEach(add);
    }
    say(text('loaded', pages) + (editable ? text('draw') : ''));
  } catch (e) {
    say(text('unreadable', e.message), true);
  }
}

document.getElementById('redact').addEventListener('click', async () => {
  const missing = boxes.findIndex(b => !b.ground || !b.reason.trim());
  if (!boxes.length) {
    say(text('noBox'), true);
    return;
  }
  if (missing >= 0) {
    say(text('incomplete', missing + 1), true);
    select(boxes[missing]);
    return;
  }
  say(text('generating'));
  const body = { boxes: boxes.map(({ page, x, y, width, height, ground, reason }) => ({ page, x, y, width, height, ground, reason })) };
  const response = await fetch(root.dataset.boxes, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', [root.dataset.csrfHeader]: root.dataset.csrfToken },
    body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (response.ok) {
    say(text('generated', answer.fileName, answer.sha256, boxes.length));
  } else {
    say(answer.detail || text('failed', response.status), true);
  }
});

load();
