# generated case (gen9): category=xxe rule=PY-XXE fw=flask shape=xml_function_parser_kw expected=true
from lxml import etree
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/xxe_xml_function_parser_kw", methods=["GET", "POST"])
def case_xml_function_parser_kw():
    param = request.args.get("q", "")
    root = etree.XML(request.get_data(), parser=etree.XMLParser(resolve_entities=True))  # want: PY-XXE
    return jsonify(result=str([param, root.tag]))
