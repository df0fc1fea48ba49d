// generated case (gen_cases_js): category=domxss expected=false shape=xhr_response src=urlsp
const xhr = new XMLHttpRequest();
xhr.open("GET", "/api/news?page=" + parseInt(new URL(location.href).searchParams.get("q"), 10));
xhr.onload = () => {
  document.getElementById("news").innerHTML = xhr.responseText;
};
xhr.send();
