// Live lists: re-fetch the rows of the current filtered list every 20 s while "Live" is on.
// Rows come from our own server-rendered (escaped) template, so inserting them is safe.
(function () {
  "use strict";
  var table = document.querySelector("table[data-live]");
  var box = document.getElementById("live");
  var rows = document.getElementById("rows");
  if (!table || !box || !rows) { return; }
  function refresh() {
    if (!box.checked || document.hidden) { return; }
    var url = new URL(window.location.href);
    if (url.searchParams.get("before")) { return; } // older pages do not change
    url.searchParams.set("partial", "1");
    fetch(url.toString(), { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null) { rows.innerHTML = html; } })
      .catch(function () { /* offline for a moment: try again next tick */ });
  }
  window.setInterval(refresh, 20000);
})();
