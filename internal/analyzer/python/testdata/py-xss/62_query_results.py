# py-xss: what an LDAP search or an XPath query returns comes from the directory or the document, not from the query's input
import ldap
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/people")
def people():
    con = ldap.initialize("ldap://127.0.0.1")
    who = ldap.filter.escape_filter_chars(request.args["who"])
    return str(con.search_s("dc=example", ldap.SCOPE_SUBTREE, "(cn=%s)" % who))  # safe: PY-XSS PY-LDAP-INJECTION


@app.route("/names")
def names():
    doc = etree.parse("users.xml")
    return "<ul>%s</ul>" % doc.xpath("//user[@name=$n]/text()", n=request.args["n"])  # safe: PY-XSS PY-XPATH-INJECTION


@app.route("/echo")
def echo():
    doc = etree.parse("users.xml")
    nodes = doc.xpath("//user")
    return "<p>%d users for %s</p>" % (len(nodes), request.args["n"])  # want: PY-XSS


@app.route("/parsed", methods=["POST"])
def parsed_from_request():
    doc = etree.fromstring(request.data, etree.XMLParser(resolve_entities=False))
    name = doc.xpath("string(/user/name)")
    return "<h1>%s</h1>" % name  # want: PY-XSS
