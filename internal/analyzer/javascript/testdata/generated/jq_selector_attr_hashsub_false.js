// generated case (gen_cases_js): category=domxss expected=false shape=jq_selector_attr src=hashsub
const id = location.hash.substring(1);
$(".item[data-id='" + id + "']").show();
