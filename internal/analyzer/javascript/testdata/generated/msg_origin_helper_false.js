// generated case (gen_cases_js): category=domxss expected=false shape=msg_origin_helper
function isTrusted(origin) {
  return origin === "https://app.example.com";
}
window.addEventListener("message", (e) => {
  if (!isTrusted(e.origin)) return;
  document.getElementById("msg").innerHTML = e.data;
});
