// generated case (gen_cases_js): category=domxss expected=false shape=document_title src=searchdec
document.title = "Results for " + decodeURIComponent(location.search.slice(1));
