// generated case (gen_cases_js): category=domxss expected=true shape=msg_origin_string_indexof
const TRUSTED = "https://app.example.com";
window.addEventListener("message", (e) => {
  if (TRUSTED.indexOf(e.origin) === -1) return;
  document.getElementById("msg").innerHTML = e.data; // want: JS-DOM-XSS
});
