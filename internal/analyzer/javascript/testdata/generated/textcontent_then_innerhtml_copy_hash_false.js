// generated case (gen_cases_js): category=domxss expected=false shape=textcontent_then_innerhtml_copy src=hash
const tmp = document.createElement("div");
tmp.textContent = location.hash;
document.getElementById("out").innerHTML = "<p>" + tmp.innerHTML + "</p>";
