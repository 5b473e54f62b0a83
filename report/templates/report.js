// Optional conveniences; the report reads fully without them. A link to a
// term, or to an event folded under its heading, opens what holds it.
(function () {
  "use strict";
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) { return; }
    if (el.tagName === "DETAILS") { el.open = true; }
    var first = el.firstElementChild;
    if (first && first.tagName === "DETAILS") { first.open = true; }
    for (var p = el.parentElement; p; p = p.parentElement) {
      if (p.tagName === "DETAILS") { p.open = true; }
    }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
  var root = document.documentElement;
  root.setAttribute("data-script", "ran");
  root.setAttribute("data-css", getComputedStyle(root).getPropertyValue("--fd-css").trim() || "none");
})();
