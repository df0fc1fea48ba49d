// generated case (gen_cases_js): category=domxss expected=true shape=msg_origin_endswith_nodot
window.addEventListener("message", (e) => {
  if (!e.origin.endsWith("example.com")) return;
  document.getElementById("msg").innerHTML = e.data; // want: JS-DOM-XSS
});
