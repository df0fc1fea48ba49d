// generated case (gen_cases_js): category=domxss expected=true shape=msg_origin_startswith
window.addEventListener("message", (e) => {
  if (!e.origin.startsWith("https://app.example.com")) {
    return;
  }
  document.getElementById("msg").innerHTML = e.data; // want: JS-DOM-XSS
});
