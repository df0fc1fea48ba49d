// generated case (gen_cases_js): category=domxss expected=false shape=encodeuricomponent_dq_attr src=docurl
const q = document.URL;
document.getElementById("out").innerHTML = '<a href="/search?q=' + encodeURIComponent(q) + '">search again</a>';
