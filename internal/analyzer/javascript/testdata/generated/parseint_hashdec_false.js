// generated case (gen_cases_js): category=domxss expected=false shape=parseint src=hashdec
const page = parseInt(decodeURIComponent(location.hash.slice(1)), 10);
document.getElementById("pager").innerHTML = "<b>Page " + page + "</b>";
