// generated case (gen_cases_js): category=domxss expected=false shape=ternary_markup_only src=referrer
const q = document.referrer;
document.getElementById("out").innerHTML = q ? "<b>filtered</b>" : "<i>all</i>";
