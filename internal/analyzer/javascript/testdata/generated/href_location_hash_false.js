// generated case (gen_cases_js): category=domxss expected=false shape=href_location_hash
document.getElementById("self-link").href = location.hash;
