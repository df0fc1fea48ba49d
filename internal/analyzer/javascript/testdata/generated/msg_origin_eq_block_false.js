// generated case (gen_cases_js): category=domxss expected=false shape=msg_origin_eq_block
const TRUSTED = "https://app.example.com";
window.addEventListener("message", function (event) {
  if (event.origin === TRUSTED) {
    document.getElementById("msg").innerHTML = event.data.html;
  }
});
