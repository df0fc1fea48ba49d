// generated case (gen_cases_js): category=domxss expected=false shape=jq_text src=hashsub
$("#result").text(location.hash.substring(1));
