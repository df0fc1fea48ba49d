// generated case (gen_cases_js): category=domxss expected=false shape=lodash_escape src=wname
document.getElementById("out").innerHTML = "<p>" + _.escape(window.name) + "</p>";
