# generated case (gen9): category=xpath rule=PY-XPATH-INJECTION fw=flask shape=property_expr expected=true
from lxml import etree
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

DOC = etree.fromstring(b"<users><user><name>alice</name><role>admin</role></user></users>")


class UserQuery:
    def __init__(self, name):
        self.name = name

    @property
    def expr(self):
        return "//user[name='" + self.name + "']/role"


@app.route("/xpath_property_expr", methods=["GET", "POST"])
def case_property_expr():
    param = request.cookies.get("q", "")
    nodes = DOC.xpath(UserQuery(param).expr)  # want: PY-XPATH-INJECTION
    return jsonify(result=str(len(nodes)))
