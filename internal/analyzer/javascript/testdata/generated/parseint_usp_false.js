// generated case (gen_cases_js): category=domxss expected=false shape=parseint src=usp
const page = parseInt(new URLSearchParams(location.search).get("q"), 10);
document.getElementById("pager").innerHTML = "<b>Page " + page + "</b>";
