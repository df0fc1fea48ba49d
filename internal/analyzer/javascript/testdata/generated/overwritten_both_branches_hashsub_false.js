// generated case (gen_cases_js): category=domxss expected=false shape=overwritten_both_branches src=hashsub
let v = location.hash.substring(1);
if (v.length > 10) {
  v = "<b>long</b>";
} else {
  v = "<b>short</b>";
}
document.getElementById("out").innerHTML = v;
