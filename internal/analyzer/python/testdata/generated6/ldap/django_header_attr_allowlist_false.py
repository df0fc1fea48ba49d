# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=django source=header shape=attr_allowlist sink=specific expected=false
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"
ATTRS = {"u": "uid", "m": "mail"}


def benchmark_test_00440(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    attr = ATTRS.get(bar, "uid")
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(%s=admin)" % attr)
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00440/", benchmark_test_00440),
]
