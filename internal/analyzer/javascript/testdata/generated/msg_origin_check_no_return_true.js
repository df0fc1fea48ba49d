// generated case (gen_cases_js): category=domxss expected=true shape=msg_origin_check_no_return
const TRUSTED = "https://app.example.com";
window.addEventListener("message", (e) => {
  if (e.origin !== TRUSTED) {
    console.warn("message from unexpected origin", e.origin);
  }
  document.getElementById("msg").innerHTML = e.data; // want: JS-DOM-XSS
});
