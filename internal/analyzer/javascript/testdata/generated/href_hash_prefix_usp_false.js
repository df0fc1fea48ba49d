// generated case (gen_cases_js): category=domxss expected=false shape=href_hash_prefix src=usp
document.getElementById("anchor").href = "#" + new URLSearchParams(location.search).get("next");
