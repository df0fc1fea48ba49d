// generated case (gen_cases_js): category=domxss expected=false shape=encodeuricomponent_content src=referrer
document.getElementById("out").innerHTML = "<p>" + encodeURIComponent(document.referrer) + "</p>";
