# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask shape=pathlib_resolve_no_check expected=true
from pathlib import Path
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

BASE = "/srv/files"


@app.route("/pathtraver_pathlib_resolve_no_check", methods=["GET", "POST"])
def case_pathlib_resolve_no_check():
    param = request.args.get("q", "")
    target = (Path(BASE) / param).resolve()
    with open(target) as fh:  # want: PY-PATH-TRAVERSAL
        data = fh.read()
    return jsonify(result=str(data))
