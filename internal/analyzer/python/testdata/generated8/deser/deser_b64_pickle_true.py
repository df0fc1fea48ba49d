# generated case (gen8): category=deser rule=PY-DESERIALIZATION fw=flask shape=b64_pickle expected=true
import base64
import pickle
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/deser_b64_pickle", methods=["GET", "POST"])
def case_b64_pickle():
    param = request.form.get("q", "")
    obj = pickle.loads(base64.urlsafe_b64decode(param))  # want: PY-DESERIALIZATION
    return jsonify(result=str(type(obj).__name__))
