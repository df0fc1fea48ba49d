// generated case (gen_cases_js): category=domxss expected=false shape=insertadjacenttext src=usp
document.getElementById("log").insertAdjacentText("beforeend", new URLSearchParams(location.search).get("q"));
