// generated case (gen_cases_js): category=domxss expected=false shape=number_conversion src=hash
const n = Number(location.hash) || 0;
document.getElementById("count").innerHTML = "<b>" + n + "</b> items";
