// Filters findings by minimum severity and by control. It only toggles the
// hidden attribute of elements that carry data-severity / data-controls and
// writes counts with textContent: no report data is ever parsed as HTML.
(function () {
  "use strict";
  var order = ["info", "low", "medium", "high", "critical"];
  var minSeverity = "info";
  var nav = document.getElementById("filters");
  var control = document.getElementById("filter-control");
  var count = document.getElementById("filter-count");
  var buttons = document.querySelectorAll("button[data-min-severity]");
  var items = document.querySelectorAll("article[data-severity]");

  function apply() {
    var min = order.indexOf(minSeverity);
    var want = control ? control.value : "";
    var shown = 0;
    for (var i = 0; i < items.length; i++) {
      var el = items[i];
      var sev = order.indexOf(el.getAttribute("data-severity"));
      var controls = (el.getAttribute("data-controls") || "").split(" ");
      var visible = sev >= min && (want === "" || controls.indexOf(want) !== -1);
      el.hidden = !visible;
      if (visible) {
        shown++;
      }
    }
    if (count) {
      count.textContent = shown + " of " + items.length + " findings shown";
    }
  }

  function choose(ev) {
    var pressed = ev.currentTarget;
    minSeverity = pressed.getAttribute("data-min-severity");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", String(buttons[i] === pressed));
    }
    apply();
  }

  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener("click", choose);
  }
  if (control) {
    control.addEventListener("change", apply);
  }
  // The filters do nothing without this script, so they stay hidden until it runs.
  if (nav) {
    nav.hidden = false;
  }
  apply();
})();
