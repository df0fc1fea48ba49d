// generated case (gen_cases_js): category=domxss expected=false shape=unary_plus_math src=wname
const n = Math.max(1, +window.name);
document.getElementById("count").innerHTML = "<b>" + n + "</b>";
