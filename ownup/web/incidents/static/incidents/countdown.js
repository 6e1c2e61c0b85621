// Live countdowns: every element with data-deadline (ISO 8601) is rewritten each 20 s from the
// labels the server put in its data attributes, so it reads right in the page's language.
(function () {
  function duration(ms, dayUnit) {
    var minutes = Math.floor(Math.abs(ms) / 60000);
    if (minutes < 60) return minutes + " min";
    var hours = Math.floor(minutes / 60), rest = minutes % 60;
    if (hours < 24) return hours >= 6 || rest === 0 ? hours + " h" : hours + " h " + rest + " min";
    return Math.floor(hours / 24) + " " + dayUnit;
  }
  function tick() {
    var now = Date.now();
    document.querySelectorAll("[data-deadline]").forEach(function (el) {
      if (el.dataset.done) return;
      var left = new Date(el.dataset.deadline).getTime() - now;
      var text = left >= 0 ? el.dataset.left : el.dataset.overdue;
      el.textContent = text.replace("%s", duration(left, el.dataset.days || "d"));
      el.classList.toggle("overdue", left < 0);
    });
  }
  tick();
  setInterval(tick, 20000);
})();
