# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=flask source=formlist shape=attr_set_later sink=v1 expected=true
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


class Box:
    def __init__(self):
        self.content = "default"

    def read(self):
        return self.content


@app.route("/00008", methods=["POST"])
def benchmark_test_00008():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    box = Box()
    box.content = param
    bar = box.read()
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return jsonify(result=str(result))
