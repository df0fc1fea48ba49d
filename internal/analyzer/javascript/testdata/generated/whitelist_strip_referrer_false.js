// generated case (gen_cases_js): category=domxss expected=false shape=whitelist_strip src=referrer
const id = document.referrer.replace(/[^a-z0-9-]/gi, "");
document.getElementById("out").innerHTML = "<b>" + id + "</b>";
document.getElementById("link").href = id;
