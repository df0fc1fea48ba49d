// generated case (gen_cases_js): category=domxss expected=false shape=whitelist_strip src=searchdec
const id = decodeURIComponent(location.search.slice(1)).replace(/[^a-z0-9-]/gi, "");
document.getElementById("out").innerHTML = "<b>" + id + "</b>";
document.getElementById("link").href = id;
