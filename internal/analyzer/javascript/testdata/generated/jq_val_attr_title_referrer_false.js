// generated case (gen_cases_js): category=domxss expected=false shape=jq_val_attr_title src=referrer
const q = document.referrer;
$("#search").val(q);
$("#search-link").attr("title", q);
