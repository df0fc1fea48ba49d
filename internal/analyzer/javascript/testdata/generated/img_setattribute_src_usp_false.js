// generated case (gen_cases_js): category=domxss expected=false shape=img_setattribute_src src=usp
const img = document.createElement("img");
img.setAttribute("src", new URLSearchParams(location.search).get("next"));
document.getElementById("avatar").appendChild(img);
