// generated case (gen_cases_js): category=domxss expected=true shape=msg_origin_vs_data
window.addEventListener("message", (e) => {
  if (e.origin !== e.data.origin) return;
  document.getElementById("msg").innerHTML = e.data.html; // want: JS-DOM-XSS
});
