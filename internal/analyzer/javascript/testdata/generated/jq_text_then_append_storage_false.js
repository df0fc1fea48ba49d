// generated case (gen_cases_js): category=domxss expected=false shape=jq_text_then_append src=storage
const item = $("<li>").text(localStorage.getItem("draft"));
$("#list").append(item);
