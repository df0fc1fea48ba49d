# generated case: rule=PY-LDAP-INJECTION source=values propagation=subclass_override_const sink=v0 expected=false
import ldap

from flask import Flask, jsonify, request

app = Flask(__name__)


class Base:
    def transform(self, value):
        return value


class Child(Base):
    def transform(self, value):
        return "safe"


@app.route("/ldap")
def handle_ldap():
    param = request.values.get("p", "")
    bar = Child().transform(param)
    conn = ldap.initialize("ldap://ldap.example.com")
    entries = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    result = len(entries)
    return jsonify(result=result)
