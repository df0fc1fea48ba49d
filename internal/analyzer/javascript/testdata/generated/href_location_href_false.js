// generated case (gen_cases_js): category=domxss expected=false shape=href_location_href
document.getElementById("permalink").setAttribute("href", location.href);
