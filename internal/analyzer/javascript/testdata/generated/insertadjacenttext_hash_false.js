// generated case (gen_cases_js): category=domxss expected=false shape=insertadjacenttext src=hash
document.getElementById("log").insertAdjacentText("beforeend", location.hash);
