# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=flask source=cookie shape=slots_value sink=v0 expected=true
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=people,dc=example,dc=org"


class Box:
    __slots__ = ("value", "tag")

    def __init__(self, value):
        self.value = value
        self.tag = "box"

    def retag(self, tag):
        self.tag = tag
        return self


@app.route("/case-00019", methods=["GET", "POST"])
def case_00019():
    param = request.cookies.get("q", "none")
    bar = Box(param).value
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, f"(&(objectClass=person)(mail={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return jsonify(result=str(result))
