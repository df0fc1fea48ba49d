// generated case (gen_cases_js): category=domxss expected=true shape=msg_origin_includes
window.addEventListener("message", (event) => {
  if (event.origin.includes("example.com")) {
    document.getElementById("msg").innerHTML = event.data; // want: JS-DOM-XSS
  }
});
