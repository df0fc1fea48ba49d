// generated case (gen_cases_js): category=domxss expected=false shape=iframe_src_encoded src=searchdec
const frame = document.getElementById("embed");
frame.src = "/embed?u=" + encodeURIComponent(decodeURIComponent(location.search.substring(1)));
