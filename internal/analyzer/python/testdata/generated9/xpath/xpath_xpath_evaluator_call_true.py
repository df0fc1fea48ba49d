# generated case (gen9): category=xpath rule=PY-XPATH-INJECTION fw=flask shape=xpath_evaluator_call expected=true
from lxml import etree
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


@app.route("/xpath_xpath_evaluator_call", methods=["GET", "POST"])
def case_xpath_evaluator_call():
    param = request.args.get("q", "")
    evaluate = etree.XPathEvaluator(DOC)
    nodes = evaluate("//user[name='" + param + "']")  # want: PY-XPATH-INJECTION
    return jsonify(result=str(len(nodes)))
