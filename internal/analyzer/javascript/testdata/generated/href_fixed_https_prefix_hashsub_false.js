// generated case (gen_cases_js): category=domxss expected=false shape=href_fixed_https_prefix src=hashsub
document.getElementById("share").href = "https://social.example.com/share?u=" + location.hash.substring(1);
