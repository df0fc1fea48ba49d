# generated case: rule=PY-XPATH-INJECTION source=data propagation=helper_ident sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


def do_something(value):
    return value


@app.route("/xpath", methods=["POST"])
def handle_xpath():
    param = request.data.decode("utf-8")
    bar = do_something(param)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=result)
