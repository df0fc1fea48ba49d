// generated case (gen_cases_js): category=domxss expected=true shape=location_tostring
const here = String(location);
document.getElementById("here").innerHTML = "<a>" + here + "</a>"; // want: JS-DOM-XSS
