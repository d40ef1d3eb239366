// Practice area: small conveniences on top of pages that work without JavaScript.
(function () {
  "use strict";
  // The transcript reads oldest first: show its newest lines.
  document.querySelectorAll("[data-scroll-end]").forEach(function (list) {
    list.scrollTop = list.scrollHeight;
  });
  // Finishing a case asks once, through app.js's data-confirm handler for every page.
  // Keep the last action form used open after the page reloads.
  var key = "academy.practice.action";
  document.querySelectorAll("details.action").forEach(function (details) {
    details.querySelector("form").addEventListener("submit", function () {
      try { window.sessionStorage.setItem(key, details.id); } catch (e) { /* storage off: nothing to keep */ }
    });
  });
  try {
    var last = window.sessionStorage.getItem(key);
    var open = last && document.getElementById(last);
    if (open) { open.open = true; }
  } catch (e) { /* storage off */ }
}());
