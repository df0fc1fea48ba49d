# gen2_factory_quoted_only: the view
from flask import Flask, jsonify, request

from .runner import make_runner

app = Flask(__name__)


@app.route("/ping-quoted")
def ping_quoted():
    return jsonify(code=make_runner().run_quoted(request.args.get("host", "")))
