// generated case (gen_cases_js): category=domxss expected=false shape=msg_origin_strict
window.addEventListener("message", (e) => {
  if (e.origin !== "https://app.example.com") return;
  document.getElementById("msg").innerHTML = e.data;
});
