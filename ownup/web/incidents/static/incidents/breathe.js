// One minute of paced breathing: six breaths, five seconds in and five out, then it stops.
(function () {
  var root = document.getElementById("breathe");
  if (!root) return;
  var circle = root.querySelector(".breath-circle");
  var label = root.querySelector(".breath-label");
  var bar = root.querySelector(".breath-progress span");
  var start = root.querySelector("[data-start]");
  var PHASE = 5000, TOTAL = 60000, timer = null, clock = null;
  function run() {
    start.hidden = true;
    var began = Date.now(), inhale = true;
    function phase() {
      if (Date.now() - began >= TOTAL) return finish();
      circle.classList.toggle("in", inhale);
      label.textContent = inhale ? root.dataset.in : root.dataset.out;
      inhale = !inhale;
      timer = setTimeout(phase, PHASE);
    }
    clock = setInterval(function () {
      var done = Math.min(1, (Date.now() - began) / TOTAL);
      bar.style.width = (done * 100).toFixed(1) + "%";
    }, 1000);
    phase();
  }
  function finish() {
    clearTimeout(timer);
    clearInterval(clock);
    circle.classList.remove("in");
    bar.style.width = "100%";
    label.textContent = root.dataset.done;
    root.dataset.finished = "1";
  }
  start.addEventListener("click", run);

  // While the user breathes, have the server load the draft checker for the client's language,
  // so the first live check on the next screen answers at once.
  var token = document.querySelector("[name=csrfmiddlewaretoken]");
  if (root.dataset.warmUrl && token) {
    fetch(root.dataset.warmUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRFToken": token.value },
      body: JSON.stringify({ text: root.dataset.warmLang === "fr" ? "Bonjour." : "Hello.", lang: root.dataset.warmLang || "auto" }),
      credentials: "same-origin",
    }).catch(function () {});
  }
})();
