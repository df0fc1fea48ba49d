// generated case (gen_cases_js): category=domxss expected=false shape=jq_text src=referrer
$("#result").text(document.referrer);
