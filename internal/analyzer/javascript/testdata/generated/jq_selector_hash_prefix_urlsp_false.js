// generated case (gen_cases_js): category=domxss expected=false shape=jq_selector_hash_prefix src=urlsp
const tab = new URL(location.href).searchParams.get("q");
$("#" + tab).addClass("active");
