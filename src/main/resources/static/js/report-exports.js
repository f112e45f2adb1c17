// The report's exports with their progress (issue 16). Without JavaScript each link downloads its file directly.
// With it, a click starts the export in the background (POST to the link's data-start, BackgroundExports) and
// polls its progress: the bar shows the steps done, the live region says the step under way in words (the server
// words it in the user's language), and once ready the file downloads, with a link in case it did not start. A
// failure is said as one; after three unanswered polls in a row the page says it lost track, never an endless wait.
(function () {
  'use strict';

  var section = document.querySelector('[data-exports]');
  if (!section || !window.fetch) {
    return;
  }
  var live = section.querySelector('#export-status');
  var bar = section.querySelector('#export-progress');
  var POLL_MS = 1000;
  var MISSES = 3;
  var busy = false;

  function say(text, failed) {
    if (live.textContent !== text) {
      live.textContent = text;
    }
    live.classList.toggle('error', Boolean(failed));
  }

  function key() {
    return window.crypto && crypto.randomUUID ? crypto.randomUUID()
      : Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);
  }

  // the job as JSON, or an Error carrying the problem's detail (RFC 9457) when refused
  function read(response) {
    if (response.ok) {
      return response.json();
    }
    return response.json().then(
      function (problem) { throw new Error(problem.detail || section.dataset.lost); },
      function () { throw new Error(section.dataset.lost); });
  }

  function show(job) {
    bar.max = job.stepsTotal;
    bar.value = job.stepsDone;
    bar.hidden = false;
    say(job.message, job.status === 'FAILED');
  }

  function finish(link) {
    busy = false;
    link.removeAttribute('aria-busy');
  }

  function offer(job) {
    var again = document.createElement('a');
    again.href = job.download;
    again.textContent = section.dataset.downloadLabel;
    live.append(' ', again);
    // sent as an attachment: the file is saved and the page stays
    window.location.assign(job.download);
  }

  function follow(job, link, misses) {
    show(job);
    if (job.status === 'READY') {
      offer(job);
      finish(link);
      return;
    }
    if (job.status === 'FAILED') {
      finish(link);
      return;
    }
    setTimeout(function () {
      fetch(job.poll, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(read)
        .then(function (next) { follow(next, link, 0); })
        .catch(function (problem) {
          if (misses + 1 >= MISSES) {
            say(problem.message, true);
            finish(link);
          } else {
            follow(job, link, misses + 1);
          }
        });
    }, POLL_MS);
  }

  section.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-start]');
    if (!link) {
      return;
    }
    event.preventDefault();
    if (busy) {
      return;
    }
    busy = true;
    link.setAttribute('aria-busy', 'true');
    var headers = { Accept: 'application/json', 'Idempotency-Key': key() };
    headers[section.dataset.csrfHeader] = section.dataset.csrfToken;
    fetch(link.dataset.start, { method: 'POST', credentials: 'same-origin', headers: headers })
      .then(read)
      .then(function (job) { follow(job, link, 0); })
      .catch(function (problem) {
        say(problem.message, true);
        bar.hidden = true;
        finish(link);
      });
  });
})();
