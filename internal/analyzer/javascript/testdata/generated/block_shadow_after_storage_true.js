// generated case (gen_cases_js): category=domxss expected=true shape=block_shadow_after src=storage
const q = localStorage.getItem("draft");
{
  const q = "<i>placeholder</i>";
  document.getElementById("ph").innerHTML = q;
}
document.getElementById("out").innerHTML = q; // want: JS-DOM-XSS
