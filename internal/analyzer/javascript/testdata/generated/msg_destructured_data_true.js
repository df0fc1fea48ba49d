// generated case (gen_cases_js): category=domxss expected=true shape=msg_destructured_data
window.addEventListener("message", ({ data }) => {
  document.getElementById("msg").innerHTML = data.body; // want: JS-DOM-XSS
});
