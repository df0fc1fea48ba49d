// generated case (gen_cases_js): category=domxss expected=false shape=href_fixed_path_prefix src=wname
document.getElementById("profile").href = "/users/" + window.name;
