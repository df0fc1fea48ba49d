// generated case (gen_cases_js): category=domxss expected=false shape=msg_origin_throw
window.addEventListener("message", (e) => {
  if (e.origin !== "https://app.example.com") {
    throw new Error("untrusted origin " + e.origin);
  }
  document.getElementById("msg").innerHTML = e.data;
});
