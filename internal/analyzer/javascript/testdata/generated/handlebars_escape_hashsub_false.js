// generated case (gen_cases_js): category=domxss expected=false shape=handlebars_escape src=hashsub
const safe = Handlebars.escapeExpression(location.hash.substring(1));
document.getElementById("out").innerHTML = "<p>" + safe + "</p>";
