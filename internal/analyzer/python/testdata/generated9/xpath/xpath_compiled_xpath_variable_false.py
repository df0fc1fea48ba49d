# generated case (gen9): category=xpath rule=PY-XPATH-INJECTION fw=flask shape=compiled_xpath_variable expected=false
from lxml import etree
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


@app.route("/xpath_compiled_xpath_variable", methods=["GET", "POST"])
def case_compiled_xpath_variable():
    param = request.form.get("q", "")
    find = etree.XPath("//user[name=$n]")
    nodes = find(DOC, n=param)
    return jsonify(result=str(len(nodes)))
