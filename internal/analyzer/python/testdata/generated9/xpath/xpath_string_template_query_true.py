# generated case (gen9): category=xpath rule=PY-XPATH-INJECTION fw=flask shape=string_template_query expected=true
import string

from lxml import etree
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


@app.route("/xpath_string_template_query", methods=["GET", "POST"])
def case_string_template_query():
    param = request.args.get("q", "")
    query = string.Template("//user[name='$n']/role").substitute(n=param)
    nodes = DOC.xpath(query)  # want: PY-XPATH-INJECTION
    return jsonify(result=str(len(nodes)))
