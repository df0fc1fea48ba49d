# gen2_singleton_flask: Flask views use the singleton (relative import)
from flask import Flask, jsonify, request

from .storage import store

app = Flask(__name__)


@app.route("/files")
def read_file():
    return jsonify(data=store.read(request.args.get("name", "")))


@app.route("/safe-files")
def read_safe():
    return jsonify(data=store.read_safe(request.args.get("name", "")))
