// generated case (gen_cases_js): category=domxss expected=true shape=length_guard src=hash
const q = location.hash;
if (q.length < 200) {
  document.getElementById("out").innerHTML = q; // want: JS-DOM-XSS
}
