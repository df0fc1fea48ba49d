# generated case (gen9): category=deser rule=PY-DESERIALIZATION fw=flask shape=pickle_dumps_only expected=false
import pickle
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/deser_pickle_dumps_only", methods=["GET", "POST"])
def case_pickle_dumps_only():
    param = request.form.get("q", "")
    blob = pickle.dumps(param)
    return jsonify(result=str(len(blob)))
