// Library area, progressive enhancement only: every form works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Search as you type: results from /sops/search?format=json, built with text nodes only.
  document.querySelectorAll("form[data-live-search]").forEach(function (form) {
    var input = form.querySelector("input[name=q]");
    var lang = form.querySelector("select[name=lang]");
    var box = document.getElementById("live-results");
    var fallback = document.getElementById("static-results");
    if (!input || !box) { return; }
    var timer = null;
    var latest = 0;
    function render(data) {
      box.textContent = "";
      if (!data.results.length) { box.hidden = true; if (fallback) { fallback.hidden = false; } return; }
      var list = document.createElement("ol");
      list.className = "hits";
      data.results.forEach(function (hit) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = hit.href;
        var strong = document.createElement("strong");
        strong.textContent = hit.id;
        link.appendChild(strong);
        link.appendChild(document.createTextNode(" " + hit.title + " · " + hit.heading));
        item.appendChild(link);
        var snippet = document.createElement("p");
        snippet.className = "snippet";
        hit.snippet.forEach(function (part) {
          if (part.match) {
            var mark = document.createElement("mark");
            mark.textContent = part.text;
            snippet.appendChild(mark);
          } else {
            snippet.appendChild(document.createTextNode(part.text));
          }
        });
        item.appendChild(snippet);
        list.appendChild(item);
      });
      box.appendChild(list);
      box.hidden = false;
      if (fallback) { fallback.hidden = true; }
    }
    function run() {
      var query = input.value.trim();
      if (query.length < 2) { box.hidden = true; if (fallback) { fallback.hidden = false; } return; }
      var ticket = ++latest;
      var url = "/sops/search?format=json&q=" + encodeURIComponent(query);
      if (lang && lang.value) { url += "&lang=" + encodeURIComponent(lang.value); }
      fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) { if (data && ticket === latest) { render(data); } })
        .catch(function () { box.hidden = true; });
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 200);
    });
    if (lang) { lang.addEventListener("change", run); }
  });

  // The editor's live preview: while the author types, the preview and lint findings are
  // asked of the same POST the "Preview and check" button sends, and the panel is replaced
  // with the one the server rendered (safe-mode HTML; nothing here builds markup).
  document.querySelectorAll("textarea[data-preview]").forEach(function (area) {
    var form = area.form;
    var panel = document.getElementById("preview-panel");
    if (!form || !panel) { return; }
    var timer = null;
    var latest = 0;
    function refresh() {
      var ticket = ++latest;
      var body = new URLSearchParams(new FormData(form));
      fetch(area.getAttribute("data-preview"), {
        method: "POST", credentials: "same-origin", body: body,
        headers: { "Accept": "text/html", "Content-Type": "application/x-www-form-urlencoded" }
      })
        .then(function (response) { return response.text(); })
        .then(function (html) {
          if (ticket !== latest) { return; }
          var page = new DOMParser().parseFromString(html, "text/html");
          var fresh = page.getElementById("preview-panel");
          if (fresh) { panel.replaceChildren.apply(panel, Array.from(fresh.childNodes).map(function (node) {
            return document.importNode(node, true);
          })); }
        })
        .catch(function () { /* offline: the button still works */ });
    }
    area.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, 600);
    });
  });

  // Library filters apply on change.
  document.querySelectorAll(".lib-filter select").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
});
