# generated case (gen9): category=deser rule=PY-DESERIALIZATION fw=flask shape=pandas_read_pickle expected=true
import io

import pandas
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/deser_pandas_read_pickle", methods=["GET", "POST"])
def case_pandas_read_pickle():
    param = request.args.get("q", "")
    df = pandas.read_pickle(io.BytesIO(request.get_data()))  # want: PY-DESERIALIZATION
    return jsonify(result=str([param, len(df)]))
