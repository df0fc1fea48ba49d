# py-deserialization: joblib.load unpickles what it reads.
import io

import joblib
from flask import Flask, request

app = Flask(__name__)


@app.route("/model", methods=["POST"])
def model():
    clf = joblib.load(io.BytesIO(request.get_data()))  # want: PY-DESERIALIZATION
    return {"type": type(clf).__name__}


@app.route("/bundled")
def bundled():
    clf = joblib.load("models/classifier.joblib")  # safe: the application's own file
    return {"type": type(clf).__name__}
