// generated case (gen_cases_js): category=domxss expected=false shape=websocket_onmessage src=usp
const q = new URLSearchParams(location.search).get("q");
const ws = new WebSocket("wss://" + location.host + "/feed?q=" + encodeURIComponent(q));
ws.onmessage = (e) => {
  document.getElementById("feed").innerHTML = e.data;
};
