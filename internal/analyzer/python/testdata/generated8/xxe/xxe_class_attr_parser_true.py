# generated case (gen8): category=xxe rule=PY-XXE fw=flask shape=class_attr_parser expected=true
from lxml import etree
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

class Importer:
    PARSER = etree.XMLParser(resolve_entities=True, no_network=False)


@app.route("/xxe_class_attr_parser", methods=["GET", "POST"])
def case_class_attr_parser():
    param = request.form.get("q", "")
    root = etree.fromstring(param.encode("utf-8"), Importer.PARSER)  # want: PY-XXE
    return jsonify(result=str(root.tag))
