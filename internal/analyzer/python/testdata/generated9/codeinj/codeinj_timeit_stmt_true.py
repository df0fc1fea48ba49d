# generated case (gen9): category=codeinj rule=PY-CODE-INJECTION fw=flask shape=timeit_stmt expected=true
import timeit
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/codeinj_timeit_stmt", methods=["GET", "POST"])
def case_timeit_stmt():
    param = request.args.get("q", "")
    secs = timeit.timeit(param, number=1)  # want: PY-CODE-INJECTION
    return jsonify(result=str(secs))
