// generated case (gen_cases_js): category=domxss expected=false shape=href_encodeuricomponent src=storage
document.getElementById("search").href = encodeURIComponent(localStorage.getItem("returnTo"));
