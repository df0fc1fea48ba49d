// generated case (gen_cases_js): category=domxss expected=false shape=msg_origin_allowlist_includes
const ALLOWED_ORIGINS = ["https://a.example.com", "https://b.example.com"];
window.addEventListener("message", (e) => {
  if (!ALLOWED_ORIGINS.includes(e.origin)) return;
  document.getElementById("msg").innerHTML = e.data;
});
