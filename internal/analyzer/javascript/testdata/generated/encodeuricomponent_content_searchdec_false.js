// generated case (gen_cases_js): category=domxss expected=false shape=encodeuricomponent_content src=searchdec
document.getElementById("out").innerHTML = "<p>" + encodeURIComponent(decodeURIComponent(location.search.slice(1))) + "</p>";
