// Practice area: small conveniences on top of pages that work without JavaScript.
(function () {
  "use strict";
  // The transcript reads oldest first: show its newest lines.
  document.querySelectorAll("[data-scroll-end]").forEach(function (list) {
    list.scrollTop = list.scrollHeight;
  });
  // Ask before finishing a case: it cannot be reopened.
  document.querySelectorAll("button[data-confirm]").forEach(function (button) {
    button.addEventListener("click", function (event) {
      if (!window.confirm(button.getAttribute("data-confirm"))) { event.preventDefault(); }
    });
  });
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
