// generated case (gen_cases_js): category=domxss expected=true shape=msg_origin_or_data
window.addEventListener("message", (e) => {
  if (e.origin === "https://app.example.com" || e.data.trusted) {
    document.getElementById("msg").innerHTML = e.data.html; // want: JS-DOM-XSS
  }
});
