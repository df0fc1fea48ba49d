// DOM XSS FALSE: setTimeout/setInterval with function callbacks; the tainted value is only data
const delay = parseInt(new URLSearchParams(location.search).get("delay") || "500", 10);
const section = location.hash.slice(1);
setTimeout(() => highlight(section), delay);
setInterval(function () { refreshBadge(); }, 30000);

function highlight(id) {
  const el = document.getElementById(id);
  if (el) el.classList.add("highlight");
}

function refreshBadge() {
  fetch("/api/badge").then((r) => r.json()).then((d) => { document.getElementById("badge").textContent = d.count; });
}
