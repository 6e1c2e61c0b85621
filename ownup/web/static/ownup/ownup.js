// ownup: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";

  // Print buttons (the release certificate); no inline handler, the CSP forbids them.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });

  // Live progress: poll a status URL and reload the page when the work is finished.
  document.querySelectorAll("[data-poll]").forEach(function (box) {
    var url = box.getAttribute("data-poll");
    var bar = box.querySelector("progress");
    var text = box.querySelector("[data-progress-text]");
    function tick() {
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data) { return setTimeout(tick, 3000); }
          if (data.progress !== undefined && bar && bar.max === 1) { bar.value = data.progress; }
          if (data.done !== undefined && bar) { bar.value = data.done; }
          if (text && data.done !== undefined) { text.textContent = data.done + "/" + data.total; }
          var finished = data.status === "done" || data.status === "failed" || data.status === "ready";
          if (finished) { window.location.reload(); } else { setTimeout(tick, 1000); }
        })
        .catch(function () { setTimeout(tick, 3000); });
    }
    setTimeout(tick, 800);
  });

  // Compare view: side by side or overlay, fade slider and blink.
  document.querySelectorAll("[data-compare]").forEach(function (root) {
    var buttons = root.querySelectorAll("[data-mode]");
    buttons.forEach(function (button) {
      button.addEventListener("click", function () {
        var overlay = button.getAttribute("data-mode") === "overlay";
        buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b === button)); });
        root.querySelectorAll(".pair").forEach(function (pair) {
          var o = pair.querySelector(".overlay");
          var s = pair.querySelector(".side");
          if (o) { o.hidden = !overlay; if (s) { s.hidden = overlay; } }
        });
      });
    });
    root.querySelectorAll(".overlay").forEach(function (overlay) {
      var top = overlay.querySelector("img.top");
      var fade = overlay.querySelector("[data-fade]");
      var blink = overlay.querySelector("[data-blink]");
      var timer = null;
      fade.addEventListener("input", function () { top.style.opacity = fade.value / 100; });
      blink.addEventListener("click", function () {
        if (timer) {
          clearInterval(timer); timer = null; blink.setAttribute("aria-pressed", "false");
          top.style.opacity = fade.value / 100; return;
        }
        blink.setAttribute("aria-pressed", "true");
        var on = true;
        timer = setInterval(function () { on = !on; top.style.opacity = on ? 1 : 0; }, 600);
      });
    });
  });

  // Client page: click a page to choose where a comment is pinned.
  var form = document.querySelector("[data-comment-form]");
  if (form) {
    var draft = null;
    document.querySelectorAll("[data-page]").forEach(function (frame) {
      frame.addEventListener("click", function (event) {
        var rect = frame.getBoundingClientRect();
        var x = Math.min(1, Math.max(0, (event.clientX - rect.left) / rect.width));
        var y = Math.min(1, Math.max(0, (event.clientY - rect.top) / rect.height));
        form.elements["comment-x"].value = x.toFixed(4);
        form.elements["comment-y"].value = y.toFixed(4);
        form.elements["comment-page"].value = frame.getAttribute("data-page");
        if (draft) { draft.remove(); }
        draft = document.createElement("span");
        draft.className = "pin draft";
        draft.textContent = "+";
        draft.style.left = (x * 100) + "%";
        draft.style.top = (y * 100) + "%";
        frame.appendChild(draft);
        var where = form.querySelector("[data-pin-where]");
        if (where) { where.textContent = where.getAttribute("data-chosen") || where.textContent; }
        form.scrollIntoView({ behavior: "smooth", block: "center" });
        form.elements["comment-text"].focus({ preventScroll: true });
      });
    });
  }
})();
