// DOM XSS: helpers named like sanitizers are trusted only when their body could sanitize
function sanitizeInput(s) {
  return s.trim();
}

function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const q = new URL(location.href).searchParams.get("q");
document.getElementById("a").innerHTML = sanitizeInput(q); // want: JS-DOM-XSS
document.getElementById("b").innerHTML = escapeHtml(q);
