// generated case (gen_cases_js): category=domxss expected=false shape=msg_origin_or_type
window.addEventListener("message", (e) => {
  if (e.origin !== "https://app.example.com" || e.data.type !== "render") return;
  document.getElementById("msg").innerHTML = e.data.html;
});
