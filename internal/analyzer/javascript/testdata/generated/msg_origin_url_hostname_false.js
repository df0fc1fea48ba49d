// generated case (gen_cases_js): category=domxss expected=false shape=msg_origin_url_hostname
window.addEventListener("message", (e) => {
  if (new URL(e.origin).hostname !== "widgets.example.com") return;
  document.getElementById("msg").innerHTML = e.data;
});
