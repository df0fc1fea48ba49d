# Code injection FALSE: structured input parsed with json.loads, not evaluated
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/api/layout", methods=["POST"])
def layout():
    data = json.loads(request.get_data(as_text=True))
    return jsonify(columns=int(data.get("columns", 3)))
