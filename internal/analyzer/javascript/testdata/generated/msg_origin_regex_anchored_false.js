// generated case (gen_cases_js): category=domxss expected=false shape=msg_origin_regex_anchored
window.addEventListener("message", (e) => {
  if (!/^https:\/\/widgets\.example\.com$/.test(e.origin)) return;
  document.getElementById("msg").innerHTML = e.data;
});
