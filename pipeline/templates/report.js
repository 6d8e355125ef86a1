// thidua report: small enhancements; the pages work without it.
(function () {
  "use strict";
  var root = document.documentElement;

  // Outline every piece of the evidence the address points at (a span cut by another has several).
  function showTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    document.querySelectorAll("mark.current").forEach(function (m) { m.classList.remove("current"); });
    if (!id) return;
    document.querySelectorAll("mark[data-ev]").forEach(function (m) {
      if (m.getAttribute("data-ev") === id) m.classList.add("current");
    });
  }

  // Names typed with or without diacritics: "noi chinh" finds "Nội chính".
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase()
      .replace(/[^\w\s-]/g, " ").replace(/\s+/g, " ").trim();
  }

  function filterBodies() {
    var words = fold(this.value).split(" ").filter(Boolean);
    document.querySelectorAll("#bodies tbody tr").forEach(function (tr) {
      var hay = tr.getAttribute("data-search") || "";
      tr.hidden = !words.every(function (w) { return hay.indexOf(w) >= 0; });
    });
  }

  var filter = document.getElementById("filter");
  if (filter) filter.addEventListener("input", filterBodies);
  window.addEventListener("hashchange", showTarget);
  showTarget();
  if (getComputedStyle(root).getPropertyValue("--report-css").trim() !== "loaded") {
    root.setAttribute("data-js-error", "report.css did not load");
  }
  root.setAttribute("data-ready", "1");
})();
