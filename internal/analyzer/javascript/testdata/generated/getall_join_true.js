// generated case (gen_cases_js): category=domxss expected=true shape=getall_join
const tags = new URLSearchParams(location.search).getAll("tag");
document.getElementById("tags").innerHTML = tags.join(", "); // want: JS-DOM-XSS
