# generated case (gen8): category=deser rule=PY-DESERIALIZATION fw=flask shape=uploaded_file_pickle_load expected=true
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser_uploaded_file_pickle_load", methods=["POST"])
def case_uploaded_file_pickle_load():
    model = pickle.load(request.files["model"])  # want: PY-DESERIALIZATION
    return jsonify(kind=type(model).__name__)
