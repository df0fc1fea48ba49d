// generated case (gen_cases_js): category=domxss expected=false shape=href_fixed_path_prefix src=hashdec
document.getElementById("profile").href = "/users/" + decodeURIComponent(location.hash.slice(1));
