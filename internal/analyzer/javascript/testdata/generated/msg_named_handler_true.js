// generated case (gen_cases_js): category=domxss expected=true shape=msg_named_handler
function onMessage(event) {
  document.getElementById("msg").innerHTML = event.data.html; // want: JS-DOM-XSS
}
window.addEventListener("message", onMessage, false);
