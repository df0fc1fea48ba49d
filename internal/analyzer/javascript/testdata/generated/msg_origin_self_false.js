// generated case (gen_cases_js): category=domxss expected=false shape=msg_origin_self
window.addEventListener("message", (e) => {
  if (e.origin !== window.location.origin) return;
  document.getElementById("msg").innerHTML = e.data;
});
