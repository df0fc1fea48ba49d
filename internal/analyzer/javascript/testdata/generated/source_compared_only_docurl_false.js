// generated case (gen_cases_js): category=domxss expected=false shape=source_compared_only src=docurl
const tab = document.URL;
document.getElementById("out").innerHTML = tab === "help" ? "<b>Help</b>" : "<b>Home</b>";
