# generated case: rule=PY-XPATH-INJECTION source=values propagation=subclass_inherit sink=v0 expected=true
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS_XML = etree.parse("/srv/data/users.xml")


class Base:
    def transform(self, value):
        return value


class Child(Base):
    pass


@app.route("/xpath")
def handle_xpath():
    param = request.values.get("p", "")
    bar = Child().transform(param)
    nodes = USERS_XML.xpath("//user[@id=" + bar + "]/name/text()")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return jsonify(result=result)
