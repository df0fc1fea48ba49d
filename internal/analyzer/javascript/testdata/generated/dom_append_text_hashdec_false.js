// generated case (gen_cases_js): category=domxss expected=false shape=dom_append_text src=hashdec
const li = document.createElement("li");
li.append("Searched for: ", decodeURIComponent(location.hash.slice(1)));
document.getElementById("history").appendChild(li);
