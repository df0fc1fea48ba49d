# gen2_factory: views obtain a Runner from the factory
from flask import Flask, jsonify, request

from .runner import make_runner

app = Flask(__name__)


@app.route("/ping")
def ping():
    return jsonify(code=make_runner().run(request.args.get("host", "")))


@app.route("/ping-quoted")
def ping_quoted():
    runner = make_runner("ping -c 1")
    return jsonify(code=runner.run_quoted(request.args.get("host", "")))


@app.route("/version")
def version():
    return jsonify(code=make_runner("nmap").run_fixed(request.args.get("host", "")))
