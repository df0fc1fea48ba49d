// DOM XSS FALSE: safe URL building, escaping helpers, origin allow-list, DOM text APIs
function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const q = new URLSearchParams(location.search).get("q") || "";
document.getElementById("q").innerHTML = "<b>" + escapeHtml(q) + "</b>";
document.querySelector("a.search").href = "/search?q=" + encodeURIComponent(q);
document.querySelector("a.share").href = "https://social.example/share?u=" + q;
document.querySelector("a.self").href = location.href;
$("#" + q).addClass("active");
document.getElementById("q2").append(q);
const doc = new DOMParser().parseFromString(q, "text/html");
document.getElementById("title").textContent = doc.title;
document.getElementById("count").innerHTML = q.length;

const ALLOWED = ["https://a.example", "https://b.example"];
window.addEventListener("message", (event) => {
  if (!ALLOWED.includes(event.origin)) return;
  document.getElementById("frame-msg").innerHTML = event.data;
});

window.addEventListener("message", (event) => {
  if (event.origin === "https://a.example") {
    document.getElementById("frame-msg2").innerHTML = event.data;
  }
  document.getElementById("status").textContent = event.data;
});

window.addEventListener("click", (event) => {
  document.getElementById("clicked").innerHTML = event.target.id ? "<b>yes</b>" : "no";
});

function render(el, text) {
  el.textContent = text;
}
render(document.getElementById("r"), location.hash);

const mode = location.hash ? "tab" : "list";
document.getElementById("mode").innerHTML = "<i>" + mode + "</i>";
setTimeout("refresh()", 1000);

const crumbs = location.pathname.split("/");
document.getElementById("crumbs").innerHTML = crumbs.map((c) => `<li>${escapeHtml(c)}</li>`).join("");
