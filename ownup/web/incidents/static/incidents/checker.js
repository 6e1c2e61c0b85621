// Live draft checker: posts the email body to the checker endpoint as the user types (debounced)
// and shows the flagged spans highlighted, each with its explanation and suggested rewrite.
(function () {
  var box = document.querySelector("[data-check-url]");
  if (!box) return;
  var textarea = document.getElementById(box.dataset.target);
  var preview = box.querySelector(".check-preview");
  var status = box.querySelector(".check-status");
  var list = box.querySelector(".findings");
  var missingList = box.querySelector(".missing");
  var csrf = document.querySelector("[name=csrfmiddlewaretoken]").value;
  var labels = JSON.parse(document.getElementById("checker-labels").textContent);
  var timer = null, seq = 0;

  function render(text, result) {
    preview.textContent = "";
    var at = 0;
    var findings = result.findings.slice().sort(function (a, b) { return a.start - b.start; });
    findings.forEach(function (f) {
      if (f.start < at) return; // overlapping span: already covered
      preview.appendChild(document.createTextNode(text.slice(at, f.start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(f.start, f.end);
      mark.title = f.explanation;
      mark.dataset.label = f.label;
      preview.appendChild(mark);
      at = f.end;
    });
    preview.appendChild(document.createTextNode(text.slice(at)));
    list.textContent = "";
    findings.forEach(function (f) {
      var li = document.createElement("li");
      var code = document.createElement("span");
      code.className = "label";
      code.textContent = labels[f.label] || f.label;
      li.appendChild(code);
      li.appendChild(document.createTextNode(" “" + f.text + "” — " + f.explanation));
      if (f.suggestion) {
        var s = document.createElement("div");
        s.className = "muted-small";
        s.textContent = labels.suggestion + " " + f.suggestion;
        li.appendChild(s);
      }
      list.appendChild(li);
    });
    missingList.textContent = "";
    result.missing.forEach(function (m) {
      var li = document.createElement("li");
      li.textContent = labels[m] || m;
      missingList.appendChild(li);
    });
    var clean = !findings.length && !result.missing.length;
    status.className = "check-status " + (clean ? "clean" : "issues");
    status.textContent = clean ? labels.clean : labels.issues.replace("%s", findings.length + result.missing.length);
    box.dataset.state = clean ? "clean" : "issues";
  }

  function check() {
    var text = textarea.value, mine = ++seq;
    box.dataset.state = "checking";
    fetch(box.dataset.checkUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
      body: JSON.stringify({ text: text, lang: box.dataset.lang || "auto" }),
      credentials: "same-origin",
    }).then(function (r) { return r.json(); }).then(function (result) {
      if (mine !== seq) return; // a newer check is on its way
      if (result.error) { status.textContent = result.error; box.dataset.state = "error"; return; }
      render(text, result);
    }).catch(function () { status.textContent = labels.failed; box.dataset.state = "error"; });
  }
  textarea.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(check, 250); });
  check();
})();
