# generated case: rule=PY-XPATH-INJECTION source=cookies propagation=generator_next sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


def gen(value):
    yield value


@app.route("/xpath")
def handle_xpath():
    param = request.cookies.get("p", "")
    bar = next(gen(param))
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=result)
