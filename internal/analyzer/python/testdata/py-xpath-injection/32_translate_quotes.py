# py-xpath-injection: translate() with a table that deletes (or maps away)
# the quote delimiting the literal removes the way out of it; one that
# leaves that quote does not.
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
DOC = etree.fromstring(b"<users><user><name>ann</name></user></users>")


@app.route("/deleted")
def deleted():
    name = request.args.get("n", "").translate(str.maketrans("", "", "'\""))
    return {"n": len(DOC.xpath("//user[name='" + name + "']"))}  # safe: no quote left


@app.route("/mapped")
def mapped():
    name = request.args.get("n", "").translate(str.maketrans("'", "_"))
    return {"n": len(DOC.xpath("//user[name='" + name + "']"))}  # safe: ' became _


@app.route("/other-quote")
def other_quote():
    name = request.args.get("n", "").translate(str.maketrans("", "", '"'))
    return {"n": len(DOC.xpath("//user[name='" + name + "']"))}  # want: PY-XPATH-INJECTION
