// Optional conveniences; the report reads fully without them. A link to a
// term opens its examples, and printing opens every drill-down so that
// paper shows the evidence too.
(function () {
  "use strict";
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.tagName === "DETAILS") { el.open = true; }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = [];
    document.querySelectorAll("details:not([open])").forEach(function (d) { closed.push(d); d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closed.forEach(function (d) { d.open = false; });
  });
  var root = document.documentElement;
  root.setAttribute("data-script", "ran");
  root.setAttribute("data-css", getComputedStyle(root).getPropertyValue("--fd-css").trim() || "none");
})();
