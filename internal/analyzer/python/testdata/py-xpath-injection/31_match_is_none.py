# py-xpath-injection: a strict match compared with None is the match's truth
# (a match object is never false): "is None" then a return keeps the
# expression literal-safe; a loose pattern or the wrong branch does not.
import re

from flask import Flask, request
from lxml import etree

app = Flask(__name__)
DOC = etree.fromstring("<users><user><name>ann</name></user></users>")
NAME = re.compile(r"[a-z]{1,16}")


@app.route("/fullmatch-is-none")
def fullmatch_is_none():
    name = request.args.get("name", "")
    if re.fullmatch(r"[A-Za-z0-9_]{1,32}", name) is None:
        return "invalid", 400
    return str(DOC.xpath("//user[name='" + name + "']"))  # safe: PY-XPATH-INJECTION


@app.route("/held-match")
def held_match():
    name = request.args.get("name", "")
    m = re.match(r"^[a-z]{1,16}$", name)
    if m is None:
        return "invalid", 400
    return str(DOC.xpath("//user[name='" + name + "']"))  # safe: PY-XPATH-INJECTION


@app.route("/compiled-is-not-none")
def compiled_is_not_none():
    name = request.args.get("name", "")
    if NAME.fullmatch(name) is not None:
        return str(DOC.xpath("//user[name='" + name + "']"))  # safe: PY-XPATH-INJECTION
    return "invalid", 400


@app.route("/wrong-branch")
def wrong_branch():
    name = request.args.get("name", "")
    if re.fullmatch(r"[a-z]{1,16}", name) is not None:
        return "known", 200
    return str(DOC.xpath("//user[name='" + name + "']"))  # want: PY-XPATH-INJECTION


@app.route("/loose-pattern")
def loose_pattern():
    name = request.args.get("name", "")
    if re.match(r"[a-z]", name) is None:
        return "invalid", 400
    return str(DOC.xpath("//user[name='" + name + "']"))  # want: PY-XPATH-INJECTION
