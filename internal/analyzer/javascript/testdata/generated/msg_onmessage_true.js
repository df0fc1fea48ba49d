// generated case (gen_cases_js): category=domxss expected=true shape=msg_onmessage
window.onmessage = function (e) {
  document.getElementById("msg").insertAdjacentHTML("beforeend", e.data); // want: JS-DOM-XSS
};
