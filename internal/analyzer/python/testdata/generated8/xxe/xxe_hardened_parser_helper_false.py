# generated case (gen8): category=xxe rule=PY-XXE fw=flask shape=hardened_parser_helper expected=false
from lxml import etree
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

def safe_parser():
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@app.route("/xxe_hardened_parser_helper", methods=["GET", "POST"])
def case_hardened_parser_helper():
    param = request.cookies.get("q", "")
    root = etree.fromstring(request.get_data(), safe_parser())
    return jsonify(result=str([param, root.tag]))
