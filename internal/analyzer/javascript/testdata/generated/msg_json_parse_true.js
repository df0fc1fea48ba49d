// generated case (gen_cases_js): category=domxss expected=true shape=msg_json_parse
window.addEventListener("message", function (e) {
  const msg = JSON.parse(e.data);
  document.getElementById("msg").innerHTML = msg.body; // want: JS-DOM-XSS
});
