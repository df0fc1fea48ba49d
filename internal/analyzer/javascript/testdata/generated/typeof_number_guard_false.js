// generated case (gen_cases_js): category=domxss expected=false shape=typeof_number_guard
function show() {
  const state = JSON.parse(decodeURIComponent(location.hash.slice(1)));
  if (typeof state.count !== "number") return;
  document.getElementById("count").innerHTML = "<b>" + state.count + "</b>";
}
show();
