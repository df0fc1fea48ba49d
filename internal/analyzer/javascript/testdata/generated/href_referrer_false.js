// generated case (gen_cases_js): category=domxss expected=false shape=href_referrer
document.getElementById("back").href = document.referrer;
