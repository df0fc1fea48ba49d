// generated case (gen_cases_js): category=domxss expected=false shape=guard_reject_specials src=usp
function show() {
  const q = new URLSearchParams(location.search).get("q");
  if (/[<>"'&]/.test(q)) return;
  document.getElementById("out").innerHTML = '<p title="' + q + '">' + q + "</p>";
}
show();
