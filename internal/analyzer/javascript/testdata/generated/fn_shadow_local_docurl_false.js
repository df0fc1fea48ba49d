// generated case (gen_cases_js): category=domxss expected=false shape=fn_shadow_local src=docurl
const q = document.URL;
function paint() {
  const q = "<i>placeholder</i>";
  document.getElementById("ph").innerHTML = q;
}
paint();
console.log(q);
