# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=flask source=json shape=overridden_getter sink=v1 expected=false
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"


class Base:
    def get(self):
        return self.value


class Child(Base):
    def __init__(self, value):
        self.value = value


class FixedChild(Base):
    def __init__(self, value):
        self.value = value

    def get(self):
        return "fixed"


@app.route("/00042", methods=["POST"])
def benchmark_test_00042():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = FixedChild(param).get()
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return jsonify(result=str(result))
