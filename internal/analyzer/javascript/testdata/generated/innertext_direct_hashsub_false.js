// generated case (gen_cases_js): category=domxss expected=false shape=innertext_direct src=hashsub
document.getElementById("out").innerText = location.hash.substring(1);
