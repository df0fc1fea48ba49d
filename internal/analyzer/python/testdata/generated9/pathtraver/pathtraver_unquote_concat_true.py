# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask shape=unquote_concat expected=true
import urllib.parse
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

BASE = "/srv/files"


@app.route("/pathtraver_unquote_concat", methods=["GET", "POST"])
def case_unquote_concat():
    param = request.args.get("q", "")
    with open(BASE + "/" + urllib.parse.unquote(param)) as fh:  # want: PY-PATH-TRAVERSAL
        data = fh.read()
    return jsonify(result=str(data))
