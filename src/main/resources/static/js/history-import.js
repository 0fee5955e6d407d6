// The history import page (console/history.html), without inline handlers so that it runs under the
// Content-Security-Policy (script-src 'self'). The file goes as the request body, streamed by the browser; the
// progress bar follows the job's server-sent events.
(function () {
  'use strict';

  var form = document.getElementById('history-upload');
  if (!form) {
    return;
  }
  var bar = document.getElementById('history-bar');
  var status = document.getElementById('history-status');
  var errors = document.getElementById('history-errors');

  function show(text, percent) {
    document.getElementById('history-progress').hidden = false;
    status.textContent = text;
    if (percent !== undefined) {
      bar.value = percent;
    }
  }

  function follow(job) {
    var base = form.dataset.events + job.id;
    var events = new EventSource(base + '/events');
    var render = function (event) {
      var j = JSON.parse(event.data);
      show(j.status + ': ' + j.checkpointLine + ' lines read, ' + j.accepted + ' imported, ' + j.rejected +
        ' rejected (' + j.percent + '%)' + (j.failure ? ' - ' + j.failure : ''), j.percent);
      if (j.rejected > 0) {
        errors.href = base + '/errors.csv';
        errors.hidden = false;
      }
      return j;
    };
    events.addEventListener('progress', render);
    events.addEventListener('done', function (event) {
      render(event);
      events.close();
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('history-file').files[0];
    if (!file) {
      return;
    }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action + '?fileName=' + encodeURIComponent(file.name));
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader(form.dataset.csrfHeader, form.dataset.csrfToken);
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        show('Uploading: ' + Math.round(e.loaded * 100 / e.total) + '%', 0);
      }
    });
    xhr.addEventListener('load', function () {
      if (xhr.status === 200) {
        follow(JSON.parse(xhr.responseText));
      } else {
        show('The upload was refused (' + xhr.status + ').');
      }
    });
    xhr.addEventListener('error', function () {
      show('The upload did not reach the server.');
    });
    show('Uploading…', 0);
    xhr.send(file);
  });
})();
