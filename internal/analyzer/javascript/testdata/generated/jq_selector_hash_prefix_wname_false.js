// generated case (gen_cases_js): category=domxss expected=false shape=jq_selector_hash_prefix src=wname
const tab = window.name;
$("#" + tab).addClass("active");
