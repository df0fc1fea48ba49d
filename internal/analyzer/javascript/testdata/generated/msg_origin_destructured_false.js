// generated case (gen_cases_js): category=domxss expected=false shape=msg_origin_destructured
window.addEventListener("message", ({ origin, data }) => {
  if (origin !== "https://app.example.com") return;
  document.getElementById("msg").innerHTML = data;
});
