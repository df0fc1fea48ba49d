# generated case (gen9): category=xxe rule=PY-XXE fw=flask shape=stdlib_iterparse expected=false
import io
import xml.etree.ElementTree as ET
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xxe_stdlib_iterparse", methods=["GET", "POST"])
def case_stdlib_iterparse():
    param = request.args.get("q", "")
    count = sum(1 for _ in ET.iterparse(io.BytesIO(request.get_data())))
    return jsonify(result=str([param, count]))
