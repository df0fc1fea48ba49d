// generated case (gen_cases_js): category=domxss expected=false shape=websocket_message_listener
const socket = new WebSocket("wss://" + location.host + "/chat");
socket.addEventListener("message", (event) => {
  document.getElementById("chat").insertAdjacentHTML("beforeend", event.data);
});
