// generated case (gen_cases_js): category=domxss expected=false shape=href_fixed_https_prefix src=urlsp
document.getElementById("share").href = "https://social.example.com/share?u=" + new URL(location.href).searchParams.get("next");
