// generated case (gen_cases_js): category=domxss expected=false shape=ternary_markup_only src=hashsub
const q = location.hash.substring(1);
document.getElementById("out").innerHTML = q ? "<b>filtered</b>" : "<i>all</i>";
