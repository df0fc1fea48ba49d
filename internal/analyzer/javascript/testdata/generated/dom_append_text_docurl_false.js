// generated case (gen_cases_js): category=domxss expected=false shape=dom_append_text src=docurl
const li = document.createElement("li");
li.append("Searched for: ", document.URL);
document.getElementById("history").appendChild(li);
