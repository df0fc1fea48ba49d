// generated case (gen_cases_js): category=domxss expected=false shape=jq_val_attr_title src=searchdec
const q = decodeURIComponent(location.search.slice(1));
$("#search").val(q);
$("#search-link").attr("title", q);
