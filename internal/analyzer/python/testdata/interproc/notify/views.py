# interproc/notify: views construct client objects from request data (relative import)
from flask import Flask, jsonify, request

from .clients import Pinger, WebhookClient

app = Flask(__name__)


@app.route("/webhooks/test", methods=["POST"])
def register_webhook():
    client = WebhookClient(request.form["url"])
    r = client.send({"type": "ping"})
    return jsonify(status=r.status_code)


@app.route("/hosts/ping")
def ping_host():
    return jsonify(alive=Pinger(request.args["host"]).alive())
