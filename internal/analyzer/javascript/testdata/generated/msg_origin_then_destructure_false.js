// generated case (gen_cases_js): category=domxss expected=false shape=msg_origin_then_destructure
window.addEventListener("message", (event) => {
  if (event.origin !== "https://app.example.com") {
    return;
  }
  const { data } = event;
  document.getElementById("msg").innerHTML = data.html;
});
