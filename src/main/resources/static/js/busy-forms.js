// Long actions show that they are working and cannot be started twice (issue 16).
// - A form with data-busy-label: on submit its button shows the label, is disabled and the form is aria-busy;
//   a second submit is ignored. Coming back to the page (back button) makes it usable again.
// - A link with data-busy-download (a number's records as CSV): the file is fetched with the link marked busy and a
//   status line saying so, then saved under the name the server gives; a second click while it is being made
//   is ignored, and a failure is said in the status line.
(function () {
  'use strict';

  function status() {
    var line = document.getElementById('busy-status');
    if (!line) {
      line = document.createElement('p');
      line.id = 'busy-status';
      line.className = 'muted';
      line.setAttribute('role', 'status');
      line.setAttribute('aria-live', 'polite');
      (document.querySelector('main') || document.body).appendChild(line);
    }
    return line;
  }

  function fileName(response, fallback) {
    var header = response.headers.get('Content-Disposition') || '';
    var encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
    if (encoded) {
      return decodeURIComponent(encoded[1]);
    }
    var plain = /filename="?([^";]+)"?/i.exec(header);
    return plain ? plain[1] : fallback;
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches('form[data-busy-label]')) {
      return;
    }
    if (form.getAttribute('aria-busy') === 'true') {
      event.preventDefault();
      return;
    }
    form.setAttribute('aria-busy', 'true');
    var button = event.submitter || form.querySelector('button[type=submit], button:not([type])');
    if (button) {
      button.dataset.idleLabel = button.textContent;
      button.textContent = form.dataset.busyLabel;
      button.disabled = true;
    }
  });

  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-busy-label][aria-busy=true]').forEach(function (form) {
      form.removeAttribute('aria-busy');
      form.querySelectorAll('button[data-idle-label]').forEach(function (button) {
        button.textContent = button.dataset.idleLabel;
        button.disabled = false;
      });
    });
  });

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-busy-download]');
    if (!link || !window.fetch) {
      return;
    }
    event.preventDefault();
    if (link.getAttribute('aria-busy') === 'true') {
      return;
    }
    var what = link.getAttribute('aria-label') || link.textContent.trim();
    link.setAttribute('aria-busy', 'true');
    status().textContent = '正在生成' + what + '，请稍候…';
    fetch(link.href, { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        var name = fileName(response, 'download');
        return response.blob().then(function (blob) {
          var url = URL.createObjectURL(blob);
          var save = document.createElement('a');
          save.href = url;
          save.download = name;
          document.body.appendChild(save);
          save.click();
          save.remove();
          setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
          status().textContent = '已生成' + what + '。';
        });
      })
      .catch(function () {
        status().textContent = '未能生成' + what + '，请稍后重试。';
      })
      .then(function () {
        link.removeAttribute('aria-busy');
      });
  });
})();
