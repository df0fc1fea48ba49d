# py-xpath-injection: input without the quote that delimits the literal it lands in cannot leave it (XPath literals have no escapes)
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
DOC = etree.parse("users.xml")


@app.route("/single")
def single_quoted():
    name = request.args["n"].replace("'", "")
    return str(len(DOC.xpath("//user[@name='" + name + "']")))  # safe: PY-XPATH-INJECTION


@app.route("/apos")
def apos_entity():
    name = request.args["n"].replace("'", "&apos;")
    return str(len(DOC.xpath(f"//user[@name='{name}']")))  # safe: PY-XPATH-INJECTION


@app.route("/wrong-quote")
def other_quote_stripped():
    name = request.args["n"].replace('"', "")
    return str(len(DOC.xpath("//user[@name='%s']" % name)))  # want: PY-XPATH-INJECTION


@app.route("/unquoted")
def not_in_a_literal():
    uid = request.args["id"].replace("'", "")
    return str(len(DOC.xpath("//user[@id=" + uid + "]")))  # want: PY-XPATH-INJECTION


@app.route("/double")
def double_quoted():
    name = request.args["n"].replace('"', "")
    return str(len(DOC.xpath('//user[@name="' + name + '"]')))  # safe: PY-XPATH-INJECTION
