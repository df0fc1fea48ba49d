// generated case (gen_cases_js): category=domxss expected=false shape=msg_origin_two_allowed
window.onmessage = (e) => {
  if (e.origin !== "https://a.example.com" && e.origin !== "https://b.example.com") {
    return;
  }
  document.getElementById("msg").innerHTML = e.data;
};
