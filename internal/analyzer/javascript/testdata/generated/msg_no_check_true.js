// generated case (gen_cases_js): category=domxss expected=true shape=msg_no_check
window.addEventListener("message", (e) => {
  document.getElementById("msg").innerHTML = e.data; // want: JS-DOM-XSS
});
