// generated case (gen_cases_js): category=domxss expected=false shape=length_only src=searchdec
const q = decodeURIComponent(location.search.slice(1));
document.getElementById("len").innerHTML = "<b>" + q.length + "</b> characters";
