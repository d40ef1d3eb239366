// Progressive enhancement only: every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Forms that return to the current page learn its path here.
  document.querySelectorAll("input[data-current-path]").forEach(function (input) {
    input.value = window.location.pathname + window.location.search;
  });
  // Selects that submit their form on change (the language switch) hide their button.
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
  document.querySelectorAll(".js-hide").forEach(function (element) { element.hidden = true; });
  // Buttons that ask before an irreversible step carry data-confirm="question".
  document.querySelectorAll("[data-confirm]").forEach(function (element) {
    element.addEventListener("click", function (event) {
      if (!window.confirm(element.getAttribute("data-confirm"))) { event.preventDefault(); }
    });
  });
});
