// generated case (gen_cases_js): category=domxss expected=true shape=msg_origin_hostname_endswith
window.addEventListener("message", (e) => {
  if (!new URL(e.origin).hostname.endsWith("example.com")) return;
  document.getElementById("msg").innerHTML = e.data; // want: JS-DOM-XSS
});
