// generated case (gen_cases_js): category=domxss expected=true shape=msg_location
window.addEventListener("message", (e) => {
  location.href = e.data.url; // want: JS-DOM-XSS
});
