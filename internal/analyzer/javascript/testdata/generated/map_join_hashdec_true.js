// generated case (gen_cases_js): category=domxss expected=true shape=map_join src=hashdec
const html = decodeURIComponent(location.hash.slice(1)).split(",").map((t) => "<li>" + t + "</li>").join("");
document.getElementById("tags").innerHTML = html; // want: JS-DOM-XSS
