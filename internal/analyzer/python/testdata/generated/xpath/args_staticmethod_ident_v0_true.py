# generated case: rule=PY-XPATH-INJECTION source=args propagation=staticmethod_ident sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


class Util:
    @staticmethod
    def passthrough(value):
        return value


@app.route("/xpath")
def handle_xpath():
    param = request.args.get("p", "")
    bar = Util.passthrough(param)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=result)
