// generated case (gen_cases_js): category=domxss expected=false shape=domparser_textcontent src=searchdec
const doc = new DOMParser().parseFromString(decodeURIComponent(location.search.slice(1)), "text/html");
document.getElementById("out").textContent = doc.body.textContent;
