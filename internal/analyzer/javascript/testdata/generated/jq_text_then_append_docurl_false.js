// generated case (gen_cases_js): category=domxss expected=false shape=jq_text_then_append src=docurl
const item = $("<li>").text(document.URL);
$("#list").append(item);
