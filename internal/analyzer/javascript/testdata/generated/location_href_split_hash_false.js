// generated case (gen_cases_js): category=domxss expected=false shape=location_href_split_hash
const clean = location.href.split("#")[0];
document.getElementById("share").href = clean;
