# generated case (gen8): category=xxe rule=PY-XXE fw=flask shape=iterparse_resolve_entities expected=true
import io
from lxml import etree
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xxe_iterparse_resolve_entities", methods=["GET", "POST"])
def case_iterparse_resolve_entities():
    param = request.args.get("q", "")
    count = 0
    for _, el in etree.iterparse(io.BytesIO(request.get_data()), resolve_entities=True, load_dtd=True):  # want: PY-XXE
        count += 1
    return jsonify(result=str([param, count]))
