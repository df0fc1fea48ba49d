// generated case (gen_cases_js): category=domxss expected=true shape=msg_origin_indexof_substring
window.addEventListener("message", (e) => {
  if (e.origin.indexOf("example.com") === -1) return;
  document.getElementById("msg").innerHTML = e.data; // want: JS-DOM-XSS
});
