// generated case (gen_cases_js): category=domxss expected=false shape=number_conversion src=urlsp
const n = Number(new URL(location.href).searchParams.get("q")) || 0;
document.getElementById("count").innerHTML = "<b>" + n + "</b> items";
