# Deserialization FALSE: pickle round-trip of data the app itself produced from constants
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)
DEFAULTS = pickle.dumps({"currency": "EUR", "page_size": 20})


@app.route("/settings")
def settings():
    prefs = pickle.loads(DEFAULTS)
    prefs["page_size"] = int(request.args.get("page_size", prefs["page_size"]))
    return jsonify(prefs)
