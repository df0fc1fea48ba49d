// generated case (gen_cases_js): category=domxss expected=true shape=sanitize_noop_helper src=urlsp
function sanitizeInput(s) {
  return s.trim();
}
document.getElementById("out").innerHTML = sanitizeInput(new URL(location.href).searchParams.get("q")); // want: JS-DOM-XSS
