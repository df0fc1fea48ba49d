# XSS FALSE: tainted data returned as JSON via jsonify and as a dict
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/api/echo")
def echo():
    return jsonify(message=request.args.get("m", ""))


@app.route("/api/hello/<name>")
def hello(name):
    return {"greeting": f"Hello {name}"}
