// The receiving station (console/receiving.html), without inline handlers so that it runs under the
// Content-Security-Policy (script-src 'self', htmx with allowEval off).
(function () {
  'use strict';

  // the function keys pick the outcome of the next scan wherever the focus is
  var OUTCOME_KEYS = { F2: 'RECEIVED', F3: 'DAMAGED_IN_TRANSIT', F4: 'WRONG_ITEM', F8: 'SHORT' };
  // a refused scan answers with its reason, which the station shows like any other scan's feedback
  var SHOWN_REFUSALS = [400, 404, 409, 422];

  function focusScan() {
    var scan = document.getElementById('scan-code');
    if (scan) {
      scan.focus();
    }
  }

  document.addEventListener('keydown', function (event) {
    var outcome = OUTCOME_KEYS[event.key];
    if (!outcome) {
      return;
    }
    var radio = document.getElementById('outcome-' + outcome);
    if (radio) {
      event.preventDefault();
      radio.checked = true;
      focusScan();
    }
  });

  document.addEventListener('htmx:beforeSwap', function (event) {
    if (SHOWN_REFUSALS.indexOf(event.detail.xhr.status) >= 0) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    var form = event.detail.elt;
    if (form.id === 'scan-form') {
      form.reset();
      focusScan();
    } else if (form.id === 'blind-form') {
      if (event.detail.successful) {
        form.reset();
      }
      focusScan();
    }
  });
})();
