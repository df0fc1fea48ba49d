# gen2_nofactory: the views
from flask import Flask, jsonify, request

from .runner import Runner

app = Flask(__name__)


@app.route("/ping")
def ping():
    return jsonify(code=Runner("ping -c 1").run(request.args.get("host", "")))


@app.route("/ping-quoted")
def ping_quoted():
    return jsonify(code=Runner("ping -c 1").run_quoted(request.args.get("host", "")))
