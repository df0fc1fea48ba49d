// generated case (gen_cases_js): category=domxss expected=false shape=document_cookie src=searchdec
document.cookie = "last_search=" + encodeURIComponent(decodeURIComponent(location.search.slice(1))) + "; path=/";
