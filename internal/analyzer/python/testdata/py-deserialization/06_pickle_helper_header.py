# Deserialization: helper unpickles a hex-encoded header value passed from the view
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


def restore_context(blob_hex):
    return pickle.loads(bytes.fromhex(blob_hex))  # want: PY-DESERIALIZATION


@app.route("/api/continue")
def api_continue():
    ctx = restore_context(request.headers.get("X-Context", ""))
    return jsonify(ctx=str(ctx))
