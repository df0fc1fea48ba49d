// generated case (gen_cases_js): category=domxss expected=false shape=href_encodeuricomponent src=searchdec
document.getElementById("search").href = encodeURIComponent(decodeURIComponent(location.search.substring(1)));
