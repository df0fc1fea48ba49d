// generated case (gen_cases_js): category=domxss expected=true shape=reassigned_one_branch src=hash
let v = "<b>home</b>";
if (location.hash.length > 1) {
  v = location.hash;
}
document.getElementById("out").innerHTML = v; // want: JS-DOM-XSS
