// generated case (gen_cases_js): category=domxss expected=false shape=ternary_const_cond src=searchdec
const v = true ? "<b>fixed</b>" : decodeURIComponent(location.search.slice(1));
document.getElementById("out").innerHTML = v;
