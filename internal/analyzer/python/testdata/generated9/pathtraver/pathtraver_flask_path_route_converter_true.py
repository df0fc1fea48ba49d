# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask shape=flask_path_route_converter expected=true
import os

from flask import send_file
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

BASE = "/srv/files"


@app.route("/pathtraver_flask_path_route_converter/<path:name>")
def case_flask_path_route_converter(name):
    return send_file(os.path.join(BASE, name))  # want: PY-PATH-TRAVERSAL
