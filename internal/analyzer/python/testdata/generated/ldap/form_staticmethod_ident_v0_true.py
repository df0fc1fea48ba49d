# generated case: rule=PY-LDAP-INJECTION source=form propagation=staticmethod_ident sink=v0 expected=true
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


class Util:
    @staticmethod
    def passthrough(value):
        return value


@app.route("/ldap", methods=["POST"])
def handle_ldap():
    param = request.form["p"]
    bar = Util.passthrough(param)
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")  # want: PY-LDAP-INJECTION
    result = len(entries)
    return jsonify(result=result)
