# Deserialization: ML model upload loaded with pickle.load from the file stream
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/models", methods=["POST"])
def upload_model():
    model = pickle.load(request.files["model"].stream)  # want: PY-DESERIALIZATION
    return jsonify(kind=type(model).__name__)
