// generated case (gen_cases_js): category=domxss expected=false shape=msg_origin_local_var
window.addEventListener("message", (e) => {
  const origin = e.origin;
  if (origin !== "https://app.example.com") return;
  document.getElementById("msg").innerHTML = e.data;
});
