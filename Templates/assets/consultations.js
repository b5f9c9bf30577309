// Marks each draft open or closed by the reader's today in Taiwan (Asia/Taipei): the page
// itself is the same whatever day it was built, and without script it shows every last day.
(function () {
  "use strict";
  var table = document.querySelector("table[data-open-label]");
  if (!table) return;
  var parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Taipei", year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(new Date());
  var value = function (type) { return parts.filter(function (p) { return p.type === type; })[0].value; };
  var today = value("year") + "-" + value("month") + "-" + value("day");
  table.querySelectorAll("tr[data-last-day]").forEach(function (row) {
    var open = today <= row.getAttribute("data-last-day");
    var cell = row.querySelector(".consultation-state");
    cell.textContent = table.getAttribute(open ? "data-open-label" : "data-closed-label");
    row.classList.add(open ? "is-open" : "is-closed");
  });
})();
