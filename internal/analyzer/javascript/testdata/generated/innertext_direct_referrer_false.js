// generated case (gen_cases_js): category=domxss expected=false shape=innertext_direct src=referrer
document.getElementById("out").innerText = document.referrer;
