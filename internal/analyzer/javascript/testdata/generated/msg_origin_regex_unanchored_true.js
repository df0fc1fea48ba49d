// generated case (gen_cases_js): category=domxss expected=true shape=msg_origin_regex_unanchored
window.addEventListener("message", (e) => {
  if (!/example\.com/.test(e.origin)) return;
  document.getElementById("msg").innerHTML = e.data; // want: JS-DOM-XSS
});
