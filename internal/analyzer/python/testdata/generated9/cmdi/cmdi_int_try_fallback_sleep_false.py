# generated case (gen9): category=cmdi rule=PY-CMDI fw=flask shape=int_try_fallback_sleep expected=false
import os
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/cmdi_int_try_fallback_sleep", methods=["GET", "POST"])
def case_int_try_fallback_sleep():
    param = request.args.get("q", "")
    try:
        secs = int(param)
    except ValueError:
        secs = 1
    rc = os.system(f"sleep {secs}")
    return jsonify(result=str(rc))
