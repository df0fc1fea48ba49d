# generated case: rule=PY-XPATH-INJECTION source=form propagation=subclass_override_const sink=v0 expected=false
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


class Base:
    def transform(self, value):
        return value


class Child(Base):
    def transform(self, value):
        return "safe"


@app.route("/xpath", methods=["POST"])
def handle_xpath():
    param = request.form["p"]
    bar = Child().transform(param)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")
    result = len(nodes)
    return jsonify(result=result)
