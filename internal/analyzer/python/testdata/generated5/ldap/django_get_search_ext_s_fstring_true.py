# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=django source=get shape=search_ext_s_fstring expected=true
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00341(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    entries = conn.search_ext_s(LDAP_BASE, ldap.SCOPE_SUBTREE, f"(mail={bar})", ["cn"])  # want: PY-LDAP-INJECTION
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00341/", benchmark_test_00341),
]
